#ifndef USERPROG_USERMEM_H
#define USERPROG_USERMEM_H

/* Reading and writing user memory on a process's behalf, safely: a
   bad user address makes these functions fail, never the kernel. */

#include <stdbool.h>
#include <stddef.h>
#include "threads/interrupt.h"

bool usermem_read (void *dst, const void *usrc, size_t size);
bool usermem_write (void *udst, const void *src, size_t size);
char *usermem_string (const char *ustr, bool *bad);
bool usermem_check (void *ubuf, size_t size, bool writable);
bool usermem_recover (struct intr_frame *);

#endif /* userprog/usermem.h */
