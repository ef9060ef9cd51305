/* Locks.

   Ownership first: lock_held_by_current_thread() must follow
   acquire and release, and lock_try_acquire() must fail in another
   thread while the lock is held and succeed once it is free.

   Then mutual exclusion under pressure: four threads each increment
   a shared counter many times, reading it, yielding the CPU, and only
   then writing it back, all inside the lock.  Without mutual
   exclusion the yields would lose updates, and the occupancy count
   `inside' would exceed one. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WORKER_CNT 4
#define ITERATIONS 100

static struct lock lock;
static struct semaphore finished;

/* Protected by LOCK. */
static int counter;
static int inside;

static thread_func try_from_other_thread, increment_worker;

void
test_synch_lock (void)
{
  bool got_it;
  int i;

  lock_init (&lock);
  sema_init (&finished, 0);

  EXPECT (!lock_held_by_current_thread (&lock));
  lock_acquire (&lock);
  EXPECT (lock_held_by_current_thread (&lock));
  thread_create ("try", PRI_DEFAULT, try_from_other_thread, &got_it);
  sema_down (&finished);
  EXPECT (!got_it);
  lock_release (&lock);
  EXPECT (!lock_held_by_current_thread (&lock));
  thread_create ("try", PRI_DEFAULT, try_from_other_thread, &got_it);
  sema_down (&finished);
  EXPECT (got_it);
  EXPECT (lock_try_acquire (&lock));
  EXPECT (lock_held_by_current_thread (&lock));
  msg ("lock ownership and lock_try_acquire work");

  /* Still holding the lock: every worker starts out blocked on it. */
  for (i = 0; i < WORKER_CNT; i++)
    thread_create ("incrementer", PRI_DEFAULT, increment_worker, NULL);
  thread_yield ();
  EXPECT (counter == 0);
  lock_release (&lock);
  for (i = 0; i < WORKER_CNT; i++)
    sema_down (&finished);

  if (counter != WORKER_CNT * ITERATIONS)
    fail ("counter is %d, expected %d", counter, WORKER_CNT * ITERATIONS);
  msg ("%d threads made %d increments with no update lost",
       WORKER_CNT, WORKER_CNT * ITERATIONS);
}

/* Stores in *GOT_IT whether it could take LOCK, releasing it again if
   so. */
static void
try_from_other_thread (void *got_it_)
{
  bool *got_it = got_it_;

  *got_it = lock_try_acquire (&lock);
  if (*got_it)
    {
      EXPECT (lock_held_by_current_thread (&lock));
      lock_release (&lock);
    }
  sema_up (&finished);
}

/* Increments COUNTER ITERATIONS times, giving the CPU away in the
   middle of every increment. */
static void
increment_worker (void *aux UNUSED)
{
  int i;

  for (i = 0; i < ITERATIONS; i++)
    {
      int seen;

      lock_acquire (&lock);
      EXPECT (lock_held_by_current_thread (&lock));
      if (++inside != 1)
        fail ("%d threads inside the lock", inside);
      seen = counter;
      thread_yield ();
      counter = seen + 1;
      inside--;
      lock_release (&lock);
      EXPECT (!lock_held_by_current_thread (&lock));
      thread_yield ();
    }
  sema_up (&finished);
}
