/* A kernel stack overflow must be caught, not go unnoticed.

   A thread's stack shares its page with its struct thread (see
   threads/thread.h), which ends in a magic number that
   thread_current() checks.  Here a thread recurses, each level
   filling a local array, until its stack runs down into the struct
   and overwrites the magic number.  The next thread_current(), made
   on every level, must then fail its assertion and panic.  The check
   expects that panic, and that the test never reports running out of
   levels.

   The overflow happens in a thread of its own: whatever the panic
   itself writes below the bottom of the page then lands in another
   page of the kernel pool, not in the low memory below the boot
   thread's page. */

#include <string.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* Far more than a 4 kB stack can hold. */
#define MAX_DEPTH 1000

static int recurse (int depth) NO_INLINE;
static thread_func overflow_thread;

void
test_stack_overflow (void)
{
  struct semaphore never;

  sema_init (&never, 0);
  msg ("a thread recurses until its stack overflows");
  thread_create ("overflow", PRI_DEFAULT, overflow_thread, &never);
  sema_down (&never);
  fail ("the overflowing thread came back");
}

/* Recurses until the stack overflows; ups the semaphore AUX only if
   it never did. */
static void
overflow_thread (void *never)
{
  recurse (0);
  msg ("%d levels and no overflow", MAX_DEPTH);
  sema_up (never);
}

/* Uses 64 bytes of stack per level for a while, checking the running
   thread at each level.  Returns the sum of the bytes it wrote, which
   the caller adds to so that the recursion stays a real call. */
static int
recurse (int depth)
{
  volatile char filler[64];
  size_t i;

  for (i = 0; i < sizeof filler; i++)
    filler[i] = depth;
  thread_current ();
  if (depth >= MAX_DEPTH)
    return 0;
  return recurse (depth + 1) + filler[depth % sizeof filler];
}
