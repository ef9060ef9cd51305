/* Threads woken at the same tick run in order of priority.

   THREAD_CNT threads with distinct priorities, created in an order
   unrelated to their priorities, all sleep until the same tick.  The
   timer interrupt makes them all ready at once, so each must run only
   after every higher-priority one has had its turn: each records its
   priority when it wakes (see record.h), and the records must come
   out highest first.
   The main thread drops to PRI_MIN first, so that it does not compete
   with them at all. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 10

static int64_t wake_tick;
static struct semaphore finished;

static thread_func sleeper;

void
test_alarm_priority (void)
{
  int i;

  ASSERT (!thread_mlfqs);

  sema_init (&finished, 0);
  wake_tick = timer_ticks () + TIMER_FREQ;
  for (i = 0; i < THREAD_CNT; i++)
    {
      /* Visits every priority from PRI_DEFAULT - 10 to PRI_DEFAULT - 1
         once, in a scrambled order (3 is coprime with 10). */
      int priority = PRI_DEFAULT - 10 + (i * 3 + 4) % THREAD_CNT;
      char name[16];

      snprintf (name, sizeof name, "prio %d", priority);
      thread_create (name, priority, sleeper, NULL);
    }

  thread_set_priority (PRI_MIN);
  for (i = 0; i < THREAD_CNT; i++)
    sema_down (&finished);
  record ("all sleepers finished");
  record_print ();
}

static void
sleeper (void *aux UNUSED)
{
  timer_sleep (wake_tick - timer_ticks ());
  record ("priority %d thread woke", thread_get_priority ());
  sema_up (&finished);
}
