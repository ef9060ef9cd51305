/* A lock holder runs at the highest priority of the threads waiting
   for the lock, and the lock goes to the highest waiter first.

   The main thread holds a lock while two threads of rising priority
   block on it; after each blocks, the main thread's priority must be
   that waiter's.  When the main thread releases the lock, the higher
   waiter must get it and finish first, then the lower, and only then
   may the main thread, back at its own priority, go on. */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

static thread_func waiter;

void
test_priority_donate_one (void)
{
  struct lock lock;

  ASSERT (!thread_mlfqs);
  ASSERT (thread_get_priority () == PRI_DEFAULT);

  lock_init (&lock);
  lock_acquire (&lock);

  thread_create ("lower", PRI_DEFAULT + 1, waiter, &lock);
  record ("main: one waiter, priority now %d", thread_get_priority ());
  thread_create ("higher", PRI_DEFAULT + 2, waiter, &lock);
  record ("main: two waiters, priority now %d", thread_get_priority ());

  lock_release (&lock);
  record ("main: released the lock, priority now %d", thread_get_priority ());
  record_print ();
}

static void
waiter (void *lock_)
{
  struct lock *lock = lock_;

  lock_acquire (lock);
  record ("%s: got the lock", thread_name ());
  lock_release (lock);
  record ("%s: done", thread_name ());
}
