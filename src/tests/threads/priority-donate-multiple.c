/* Donations through two locks add up and end one lock at a time.

   The main thread holds locks A and B.  A thread blocks on A, then a
   higher one on B; the main thread takes the higher priority of the
   two.  Releasing B ends the higher donation only: B's waiter runs at
   once, and the main thread falls back to A's waiter's priority, not
   its own.  Releasing A then ends the last donation. */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

static thread_func waiter;

void
test_priority_donate_multiple (void)
{
  struct lock a, b;

  ASSERT (!thread_mlfqs);
  ASSERT (thread_get_priority () == PRI_DEFAULT);

  lock_init (&a);
  lock_init (&b);
  lock_acquire (&a);
  lock_acquire (&b);

  thread_create ("waiter-a", PRI_DEFAULT + 1, waiter, &a);
  record ("main: waiter on A blocked, priority now %d",
          thread_get_priority ());
  thread_create ("waiter-b", PRI_DEFAULT + 2, waiter, &b);
  record ("main: waiter on B blocked, priority now %d",
          thread_get_priority ());

  lock_release (&b);
  record ("main: released B, priority now %d", thread_get_priority ());
  lock_release (&a);
  record ("main: released A, priority now %d", thread_get_priority ());
  record_print ();
}

static void
waiter (void *lock_)
{
  struct lock *lock = lock_;

  lock_acquire (lock);
  record ("%s: got its lock", thread_name ());
  lock_release (lock);
  record ("%s: done", thread_name ());
}
