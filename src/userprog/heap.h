#ifndef USERPROG_HEAP_H
#define USERPROG_HEAP_H

/* A process's heap: the pages from heap_start up to the break (struct
   process), which sbrk() moves.  Implemented by vm/heap.c in a VM
   build, lazily, and by userprog/heap.c otherwise, with every page
   allocated at once. */

#include <stdint.h>

/* Moves the running process's break by INCREMENT bytes and returns
   the old break, or (void *) -1 if the heap cannot end there. */
void *heap_move (intptr_t increment);

#endif /* userprog/heap.h */
