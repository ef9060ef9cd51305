#ifndef USERPROG_TSS_H
#define USERPROG_TSS_H

/* The task-state segment: where the CPU finds the kernel stack when an
   interrupt or system call arrives from user mode. */

#include <stddef.h>

struct tss;

void tss_init (void);
struct tss *tss_get (void);
size_t tss_size (void);
void tss_update (void);

#endif /* userprog/tss.h */
