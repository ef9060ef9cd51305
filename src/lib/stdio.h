#ifndef __LIB_STDIO_H
#define __LIB_STDIO_H

/* Formatted output, shared by the kernel and user programs.

   printf() and snprintf() understand the C99 conversions d i u o x X
   c s p and %%, with the flags - + space # 0 and ' (group decimal
   digits in threes with commas), a width and a precision (either may
   be *), and the length modifiers hh h l ll j z t.  Differences from
   a hosted C library:
     - there is no floating point: %e %f %g %a (and their uppercase
       forms) are printed literally, skipping a double argument;
     - %n never writes to memory: it consumes its pointer argument and
       prints "%n";
     - %s of a null pointer prints "(null)" (subject to precision);
     - %p prints "0x" and the address in lowercase hex, as %#x would,
       even for a null pointer;
     - an unknown conversion is printed literally.
   Every output function returns the number of characters produced
   (or, for snprintf(), that would have been produced).

   Where output goes differs: the kernel prints to the console (see
   lib/kernel/stdio.h), a user program writes to file descriptor 1
   (see lib/user/stdio.h).  That part is included here, so the kernel
   must be compiled with -I lib before -I lib/kernel and user programs
   with -I lib before -I lib/user. */

#include <debug.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include_next <stdio.h>

/* Standard file descriptors of a user process. */
#define STDIN_FILENO 0
#define STDOUT_FILENO 1

/* Implemented in lib/stdio.c, the same for kernel and user. */
int printf (const char *format, ...) PRINTF_FORMAT (1, 2);
int snprintf (char *buffer, size_t size, const char *format, ...)
  PRINTF_FORMAT (3, 4);
int vsnprintf (char *buffer, size_t size, const char *format, va_list args)
  PRINTF_FORMAT (3, 0);
void hex_dump (uintptr_t ofs, const void *buffer, size_t size, bool ascii);
void print_human_readable_size (uint64_t size);

/* Implemented separately by the kernel's and the user library's
   console.c. */
int vprintf (const char *format, va_list args) PRINTF_FORMAT (1, 0);
int putchar (int ch);
int puts (const char *string);

/* The formatting engine behind every function above.  Formats FORMAT
   with ARGS and hands each resulting character to OUTPUT, along with
   AUX, in order.  It has no return value: OUTPUT counts if needed. */
void __vprintf (const char *format, va_list args,
                void (*output) (char, void *), void *aux)
  PRINTF_FORMAT (1, 0);

/* Unbounded formatting into a buffer is refused at compile time. */
int __lib_unsafe_sprintf (char *, ...)
  __attribute__ ((error ("sprintf and vsprintf can overrun their buffer: "
                         "use snprintf or vsnprintf instead")));
#define sprintf __lib_unsafe_sprintf
#define vsprintf __lib_unsafe_sprintf

#endif /* lib/stdio.h */
