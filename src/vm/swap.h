#ifndef VM_SWAP_H
#define VM_SWAP_H

/* The swap partition, cut into page-sized slots. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A slot number, or SWAP_NONE for "no slot". */
typedef uint32_t swap_slot_t;
#define SWAP_NONE ((swap_slot_t) -1)

void swap_init (void);
swap_slot_t swap_write (const void *kpage);
void swap_read (swap_slot_t, void *kpage);
void swap_hold (swap_slot_t);
void swap_free (swap_slot_t);
bool swap_is_shared (swap_slot_t);
size_t swap_used (void);

#endif /* vm/swap.h */
