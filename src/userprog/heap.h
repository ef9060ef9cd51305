#ifndef USERPROG_HEAP_H
#define USERPROG_HEAP_H

#include <stdint.h>

/* Moves the running process's break by INCREMENT bytes (sbrk()). */
void *heap_move (intptr_t increment);

#endif /* userprog/heap.h */
