/* Donation passes through a thread that is itself blocked.

   The main thread holds lock L1.  A medium thread takes lock L2 and
   blocks on L1; a high thread blocks on L2.  The high thread's
   priority must reach the main thread through the medium one.  When
   the main thread releases L1, the medium thread runs with the high
   priority until it releases L2, at which point the high thread runs,
   then the medium thread finishes at its own priority, and only then
   the main thread. */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock l1, l2;

static thread_func medium, high;

void
test_priority_donate_nest (void)
{
  ASSERT (!thread_mlfqs);
  ASSERT (thread_get_priority () == PRI_DEFAULT);

  lock_init (&l1);
  lock_init (&l2);
  lock_acquire (&l1);

  thread_create ("medium", PRI_DEFAULT + 1, medium, NULL);
  record ("main: medium blocked on L1, priority now %d",
          thread_get_priority ());
  thread_create ("high", PRI_DEFAULT + 2, high, NULL);
  record ("main: high blocked on L2, priority now %d", thread_get_priority ());

  lock_release (&l1);
  record ("main: released L1, priority now %d", thread_get_priority ());
  record_print ();
}

static void
medium (void *aux UNUSED)
{
  lock_acquire (&l2);
  lock_acquire (&l1);
  record ("medium: got L1 at priority %d", thread_get_priority ());
  lock_release (&l1);
  record ("medium: released L1, priority now %d", thread_get_priority ());
  lock_release (&l2);
  record ("medium: released L2, priority now %d", thread_get_priority ());
}

static void
high (void *aux UNUSED)
{
  lock_acquire (&l2);
  record ("high: got L2");
  lock_release (&l2);
  record ("high: done");
}
