#ifndef __LIB_USER_STDIO_H
#define __LIB_USER_STDIO_H

/* User-only additions to <stdio.h>, which includes this file.  In a
   user program, printf() and friends write to fd 1, sending each
   call's output in one write() system call when it is short (up to
   256 bytes) so that it is not interleaved with other processes'
   output. */

#include <debug.h>
#include <stdarg.h>

/* Like printf() and vprintf(), but write to file descriptor FD. */
int hprintf (int fd, const char *format, ...) PRINTF_FORMAT (2, 3);
int vhprintf (int fd, const char *format, va_list args)
  PRINTF_FORMAT (2, 0);

#endif /* lib/user/stdio.h */
