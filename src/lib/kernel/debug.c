/* Kernel panics.

   debug_panic() is where PANIC(), a failed ASSERT() and
   NOT_REACHED() end up in the kernel.  It must work however broken
   the kernel is, so it disables interrupts (nothing else runs while
   we report), stops console locking (the lock's holder may never
   release it), prints the message and a backtrace, and powers off if
   the command line asked for that (-q), so that a test run ends now
   rather than at its timeout.

   If reporting the panic panics again, the second report is a single
   line with no backtrace; a third nested panic gives up printing and
   just halts in a loop. */

#include <debug.h>
#include <console.h>
#include <stdarg.h>
#include <stdio.h>
#include "devices/shutdown.h"
#include "threads/interrupt.h"

/* Reports a kernel panic at FILE:LINE in FUNCTION with MESSAGE, a
   printf format, and stops the kernel.  Never returns. */
void
debug_panic (const char *file, int line, const char *function,
             const char *message, ...)
{
  /* Panics in progress.  Interrupts stay off from here on, so only
     nested panics of this same thread can see it nonzero. */
  static int depth = 0;
  va_list args;

  intr_disable ();
  console_panic ();

  depth++;
  if (depth == 1)
    {
      printf ("Kernel PANIC at %s:%d in %s(): ", file, line, function);
      va_start (args, message);
      vprintf (message, args);
      va_end (args);
      printf ("\n");
      debug_backtrace ();
    }
  else if (depth == 2)
    printf ("Kernel PANIC recursion at %s:%d in %s().\n",
            file, line, function);
  else
    for (;;)
      continue;

  shutdown ();
  for (;;)
    continue;
}
