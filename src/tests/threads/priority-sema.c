/* sema_up() wakes the highest-priority waiter, which runs at once.

   The main thread drops to PRI_MIN and creates THREAD_CNT threads of
   distinct priorities in a scrambled order; each runs at once and
   blocks on one semaphore.  The main thread then ups the semaphore
   once per thread.  Each up must wake the highest-priority thread
   still waiting, and that thread must run (and record that it did;
   see record.h) before sema_up() returns. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 10

static struct semaphore gate;

static thread_func waiter;

void
test_priority_sema (void)
{
  int i;

  ASSERT (!thread_mlfqs);

  sema_init (&gate, 0);
  thread_set_priority (PRI_MIN);
  for (i = 0; i < THREAD_CNT; i++)
    {
      /* Priorities PRI_DEFAULT - 9 ... PRI_DEFAULT, scrambled. */
      int priority = PRI_DEFAULT - 9 + (i * 7 + 2) % THREAD_CNT;
      thread_create ("waiter", priority, waiter, NULL);
    }
  record ("main: all %d waiters are blocked", THREAD_CNT);

  for (i = 0; i < THREAD_CNT; i++)
    {
      sema_up (&gate);
      record ("main: sema_up %d returned", i + 1);
    }
  record_print ();
}

static void
waiter (void *aux UNUSED)
{
  sema_down (&gate);
  record ("priority %d waiter woke", thread_get_priority ());
}
