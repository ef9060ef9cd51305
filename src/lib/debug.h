#ifndef __LIB_DEBUG_H
#define __LIB_DEBUG_H

/* Diagnostics shared by the kernel and user programs: attribute
   shorthands, panics and call-stack dumps.  The kernel and the user
   library each supply their own debug_panic(); debug_backtrace() is
   common to both. */

/* Attribute shorthands.  UNUSED marks a parameter or variable that is
   deliberately unused; PRINTF_FORMAT lets the compiler check the
   arguments of a printf-like function whose format is parameter FMT
   and whose variable arguments start at parameter FIRST. */
#define UNUSED __attribute__ ((unused))
#define NO_RETURN __attribute__ ((noreturn))
#define NO_INLINE __attribute__ ((noinline))
#define PRINTF_FORMAT(FMT, FIRST) __attribute__ ((format (printf, FMT, FIRST)))

/* Stops with a message in printf format, reporting where it was
   called from.  In the kernel this prints "Kernel PANIC at ..." and
   powers off (with -q); in a user program it prints "User process
   ABORT at ..." and exits with status 1. */
#define PANIC(...) debug_panic (__FILE__, __LINE__, __func__, __VA_ARGS__)

void debug_panic (const char *file, int line, const char *function,
                  const char *message, ...) PRINTF_FORMAT (4, 5) NO_RETURN;

/* Prints "Call stack:" followed by the hex return address of every
   frame on the current frame-pointer chain, then a newline.  The
   `backtrace' utility turns these addresses into function names. */
void debug_backtrace (void);

#endif /* lib/debug.h */

/* This part sits outside the include guard on purpose: a file may
   define or undefine NDEBUG and include <debug.h> again to switch
   assertions on or off from that point on. */
#undef ASSERT
#undef NOT_REACHED

#ifndef NDEBUG
/* Panics, naming CONDITION, unless CONDITION is true. */
#define ASSERT(CONDITION)                                       \
  ((CONDITION) ? (void) 0                                       \
   : PANIC ("assertion `%s' failed.", #CONDITION))
/* Marks code that control can never reach. */
#define NOT_REACHED() PANIC ("executed an unreachable statement")
#else
#define ASSERT(CONDITION) ((void) 0)
#define NOT_REACHED() for (;;)
#endif /* NDEBUG */
