/* Donations through two locks add up and end one lock at a time.

   Two tests share this file.  In both, the main thread holds locks A
   and B, a thread blocks on A and a higher one on B, and the main
   thread takes the higher priority of the two.

   priority-donate-multiple: releasing B ends the higher donation
   only: B's waiter runs at once, and the main thread falls back to
   A's waiter's priority, not its own.  Releasing A then ends the last
   donation.

   priority-donate-multiple2: releasing A first wakes A's waiter, but
   the main thread still has B's higher donation, so nobody else may
   run yet, not even a bystander that needs no lock and whose priority
   lies between the two donors'.  Releasing B drops the main thread to
   its own priority: then B's waiter, A's waiter and the bystander
   run, in that order, before it continues. */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

static thread_func waiter, bystander;
static void hold_two_locks (struct lock *, struct lock *);

void
test_priority_donate_multiple (void)
{
  struct lock a, b;

  hold_two_locks (&a, &b);

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

void
test_priority_donate_multiple2 (void)
{
  struct lock a, b;

  hold_two_locks (&a, &b);

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

/* Makes the main thread, at its default priority, the holder of new
   locks A and B. */
static void
hold_two_locks (struct lock *a, struct lock *b)
{
  ASSERT (!thread_mlfqs);
  ASSERT (thread_get_priority () == PRI_DEFAULT);

  lock_init (a);
  lock_init (b);
  lock_acquire (a);
  lock_acquire (b);
}

/* Takes and gives back the lock LOCK_. */
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
