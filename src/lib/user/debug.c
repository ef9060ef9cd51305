/* Assertion failures and panics in user programs.

   debug_panic() is where PANIC(), a failed ASSERT() and
   NOT_REACHED() end up in a user program: it reports the failure
   with a backtrace and ends the process with status 1. */

#include <debug.h>
#include <stdarg.h>
#include <stdio.h>
#include <syscall.h>

/* Reports a failure at FILE:LINE in FUNCTION with MESSAGE, a printf
   format, and exits with status 1. */
void
debug_panic (const char *file, int line, const char *function,
             const char *message, ...)
{
  va_list args;

  printf ("User process ABORT at %s:%d in %s(): ", file, line, function);
  va_start (args, message);
  vprintf (message, args);
  va_end (args);
  printf ("\n");

  debug_backtrace ();
  exit (1);
}
