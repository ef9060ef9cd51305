/* cond_signal() wakes the highest-priority waiter.

   THREAD_CNT threads of distinct priorities, created in a scrambled
   order, wait on one condition variable.  The main thread, at
   PRI_MIN, signals once per thread, each time holding and then
   releasing the lock.  The woken thread must be the highest-priority
   one still waiting; it needs the lock to return from cond_wait(), so
   it runs as soon as the main thread releases it. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 10

static struct lock lock;
static struct condition condition;

static thread_func waiter;

void
test_priority_condvar (void)
{
  int i;

  ASSERT (!thread_mlfqs);

  lock_init (&lock);
  cond_init (&condition);
  thread_set_priority (PRI_MIN);
  for (i = 0; i < THREAD_CNT; i++)
    {
      /* Priorities PRI_DEFAULT - 9 ... PRI_DEFAULT, scrambled. */
      int priority = PRI_DEFAULT - 9 + (i * 3 + 5) % THREAD_CNT;
      thread_create ("waiter", priority, waiter, NULL);
    }
  record ("main: all %d threads are waiting", THREAD_CNT);

  for (i = 0; i < THREAD_CNT; i++)
    {
      lock_acquire (&lock);
      record ("main: signaling");
      cond_signal (&condition, &lock);
      lock_release (&lock);
    }
  record_print ();
}

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  cond_wait (&condition, &lock);
  record ("priority %d thread woke", thread_get_priority ());
  lock_release (&lock);
}
