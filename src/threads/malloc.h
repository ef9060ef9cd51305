#ifndef THREADS_MALLOC_H
#define THREADS_MALLOC_H

/* Kernel heap: malloc and friends on top of the page allocator.  They
   behave as in standard C, except that they may sleep, so interrupt
   handlers must not call them. */

#include <debug.h>
#include <stddef.h>

/* Sets up the heap; called once at boot, after palloc_init(). */
void malloc_init (void);

/* Getting memory: a fresh block, or a zeroed array of elements. */
void *malloc (size_t) __attribute__ ((malloc));
void *calloc (size_t, size_t) __attribute__ ((malloc));

/* Resizing a block, and giving it back. */
void *realloc (void *, size_t);
void free (void *);
size_t malloc_count_blocks (void);

#endif /* threads/malloc.h */
