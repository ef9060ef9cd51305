/* Assertion failures and panics in user programs.

   debug_panic() is where PANIC(), a failed ASSERT() and
   NOT_REACHED() end up in a user program: it reports the failure
   with a backtrace and ends the process with status 1. */

#include <debug.h>
#include <stdarg.h>
#include <stdio.h>
#include <syscall.h>

/* Reports a failure at FILE:LINE in FUNCTION with MESSAGE, a printf
   format, then a backtrace, and exits with status 1.  The message is
   formatted first so that the whole report line leaves in a single
   write(), which keeps it from being cut up by other processes'
   output; a message too long for the buffer loses its tail. */
void
debug_panic (const char *file, int line, const char *function,
             const char *message, ...)
{
  char why[192];
  va_list args;

  va_start (args, message);
  vsnprintf (why, sizeof why, message, args);
  va_end (args);
  printf ("User process ABORT at %s:%d in %s(): %s\n",
          file, line, function, why);

  debug_backtrace ();
  exit (1);
}
