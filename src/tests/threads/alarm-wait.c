/* Sleepers wake in the order of their wake-up times.

   THREAD_CNT threads each sleep ROUNDS times.  Thread N's period is
   10 * (N + 1) ticks, and its K-th wake-up is due K periods after a
   start time common to all threads, so the due times of different
   threads interleave and some coincide.  Each thread sleeps from
   wherever it is to its next due time, so lateness does not pile up
   from round to round.

   Every wake-up goes into a log, in the order the wake-ups happen.
   Afterward the main thread prints the log, and the check
   (alarm.pm) requires the due times along it never to decrease,
   every thread to appear ROUNDS times with its rounds in order, and
   nothing else.  A thread that finds itself awake before its due time
   fails the test on the spot. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 5
#define MAX_ROUNDS 7

/* One wake-up. */
struct wakeup
  {
    int thread;                 /* 0...THREAD_CNT - 1. */
    int round;                  /* 1...rounds. */
    int due;                    /* Due time, in ticks after `start'. */
  };

static struct wakeup wakeups[THREAD_CNT * MAX_ROUNDS];
static int wakeup_cnt;
static struct lock wakeup_lock;

static int64_t start;
static int rounds;
static struct semaphore finished;

static thread_func sleeper;
static void test_sleep_order (int round_cnt);

void
test_alarm_single (void)
{
  test_sleep_order (1);
}

void
test_alarm_multiple (void)
{
  test_sleep_order (7);
}

static void
test_sleep_order (int round_cnt)
{
  int i;

  ASSERT (round_cnt <= MAX_ROUNDS);
  msg ("%d threads sleep %d time(s) each, thread N for 10 * (N + 1) ticks",
       THREAD_CNT, round_cnt);

  lock_init (&wakeup_lock);
  sema_init (&finished, 0);
  wakeup_cnt = 0;
  rounds = round_cnt;

  /* Leave the threads time to be created before the first wake-up. */
  start = timer_ticks () + 10;
  for (i = 0; i < THREAD_CNT; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "sleeper %d", i);
      thread_create (name, PRI_DEFAULT, sleeper, (void *) i);
    }
  for (i = 0; i < THREAD_CNT; i++)
    sema_down (&finished);

  for (i = 0; i < wakeup_cnt; i++)
    msg ("thread %d round %d: due %d ticks after start",
         wakeups[i].thread, wakeups[i].round, wakeups[i].due);
}

static void
sleeper (void *id_)
{
  int id = (int) id_;
  int period = 10 * (id + 1);
  int round;

  for (round = 1; round <= rounds; round++)
    {
      int due = round * period;

      timer_sleep (start + due - timer_ticks ());
      if (timer_ticks () < start + due)
        fail ("thread %d woke %lld ticks early", id,
              start + due - timer_ticks ());

      lock_acquire (&wakeup_lock);
      wakeups[wakeup_cnt].thread = id;
      wakeups[wakeup_cnt].round = round;
      wakeups[wakeup_cnt].due = due;
      wakeup_cnt++;
      lock_release (&wakeup_lock);
    }
  sema_up (&finished);
}
