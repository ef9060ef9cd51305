#ifndef __LIB_KERNEL_STDIO_H
#define __LIB_KERNEL_STDIO_H

/* Kernel-only additions to <stdio.h>, which includes this file. */

#include <stddef.h>

/* Writes the SIZE characters at BUFFER to the console as one unit:
   no other putbuf() or printf() output lands in the middle.  This is
   how the write system call prints to fd 1. */
void putbuf (const char *buffer, size_t size);

#endif /* lib/kernel/stdio.h */
