/* Threads due at the same tick all wake at that tick.

   THREAD_CNT sleepers sleep ROUNDS times each, all to the same due
   time in every round, PERIOD ticks apart.  Whether they were all made
   ready by the same timer interrupt cannot be read off the clock once
   they run -- on a slow machine their few instructions may straddle a
   tick -- so an observer thread of lower priority keeps counting while
   they sleep.  It can run only when no sleeper is ready: if all the
   sleepers of a round were woken at once, they run back to back and
   each sees the same count; if one were woken a tick after the others,
   the observer would run in between.  Each sleeper also notes how late
   it found itself; the first to run in each round must be on time.

   The main thread prints the results once everything is over, in a
   fixed order, so the expected output is exact. */

#include <stdbool.h>
#include <stdio.h>
#include "tests/threads/tests.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 3
#define ROUNDS 5
#define PERIOD 10

static int64_t start;
static struct semaphore finished;

/* What each sleeper saw on waking in each round. */
static int observed[ROUNDS][THREAD_CNT];
static int64_t lateness[ROUNDS][THREAD_CNT];

/* Bumped by the observer whenever it runs; it stops when told to. */
static int observer_count;
static bool observer_stop;

static thread_func sleeper, observer;

void
test_alarm_simultaneous (void)
{
  struct semaphore observer_done;
  int round, i;

  ASSERT (!thread_mlfqs);

  sema_init (&finished, 0);
  sema_init (&observer_done, 0);
  start = timer_ticks () + 10;
  thread_create ("observer", PRI_DEFAULT - 1, observer, &observer_done);
  for (i = 0; i < THREAD_CNT; i++)
    thread_create ("sleeper", PRI_DEFAULT, sleeper, (void *) i);
  for (i = 0; i < THREAD_CNT; i++)
    sema_down (&finished);
  observer_stop = true;
  sema_down (&observer_done);

  msg ("%d threads slept %d times, %d ticks apart", THREAD_CNT, ROUNDS,
       PERIOD);
  for (round = 0; round < ROUNDS; round++)
    {
      int first = 0;

      for (i = 1; i < THREAD_CNT; i++)
        if (observed[round][i] != observed[round][0])
          fail ("round %d: the observer ran between wake-ups", round + 1);
      for (i = 1; i < THREAD_CNT; i++)
        if (lateness[round][i] < lateness[round][first])
          first = i;
      msg ("round %d: all woke together, the first %lld tick(s) late",
           round + 1, lateness[round][first]);
    }
}

static void
sleeper (void *id_)
{
  int id = (int) id_;
  int round;

  for (round = 0; round < ROUNDS; round++)
    {
      int64_t due = start + (round + 1) * PERIOD;

      timer_sleep (due - timer_ticks ());
      lateness[round][id] = timer_ticks () - due;
      observed[round][id] = observer_count;
    }
  sema_up (&finished);
}

static void
observer (void *done)
{
  while (!observer_stop)
    {
      observer_count++;
      barrier ();
    }
  sema_up (done);
}
