/* Releasing a lock whose waiter is below another donor keeps the
   higher donation, and a bystander of middle priority waits for all
   of it.

   The main thread holds locks A and B.  A thread blocks on A, a
   thread that needs no lock is created between the two donor
   priorities, and a higher thread blocks on B.  Releasing A first
   wakes A's waiter, but the main thread still has B's donation, which
   is higher, so nobody else may run yet.  Releasing B drops the main
   thread to its own priority: then B's waiter, A's waiter and the
   bystander run, in that order, before it continues. */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

static thread_func waiter, bystander;

void
test_priority_donate_multiple2 (void)
{
  struct lock a, b;

  ASSERT (!thread_mlfqs);
  ASSERT (thread_get_priority () == PRI_DEFAULT);

  lock_init (&a);
  lock_init (&b);
  lock_acquire (&a);
  lock_acquire (&b);

  thread_create ("waiter-a", PRI_DEFAULT + 3, waiter, &a);
  thread_create ("bystander", PRI_DEFAULT + 1, bystander, NULL);
  thread_create ("waiter-b", PRI_DEFAULT + 5, waiter, &b);
  record ("main: holding A and B, priority now %d", thread_get_priority ());

  lock_release (&a);
  record ("main: released A, priority now %d", thread_get_priority ());
  lock_release (&b);
  record ("main: released B, priority now %d", thread_get_priority ());
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

static void
bystander (void *aux UNUSED)
{
  record ("bystander: running");
}
