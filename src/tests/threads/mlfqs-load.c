/* load_avg follows many busy threads up and back down.

   Two tests share this file.  In mlfqs-load-60, sixty spinners start
   together and stay busy for 30 seconds.  In mlfqs-load-avg, twenty
   spinners start one second apart and stay busy for 15 seconds each,
   so the number of ready threads rises by one per second, holds, and
   falls by one per second.

   The spinners sleep until their start times, halfway through a
   second, spin, and stop.  The main thread samples load_avg every
   SAMPLE_SECONDS, also halfway through a second, and sleeps in
   between, so at each second boundary the threads ready or running
   are exactly the spinners that are busy.  The spinners are nice, so
   that the main thread, which barely runs, outranks them and takes
   its samples on time.

   A spinner can only stop when it gets the CPU, and it may have to
   wait for that: many spinners take a while to get their turns on a
   slow machine, and a spinner that has run long is outranked by those
   that started after it.  So each spinner notes the tick at which it
   actually stopped, and then blocks until the sampling is over
   (exiting would take longer: its page must be freed).  The main
   thread prints the stop ticks and the samples at the end, and the
   check (mlfqs.pm) works out from them how many threads were ready at
   each second boundary and replays the load_avg formula from the
   first sample. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "tests/threads/mlfqs.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define MAX_SPINNERS 60
#define MAX_SECONDS 50
#define SAMPLE_SECONDS 2
#define SPINNER_NICE 10

/* The run's shape, shared with the spinners. */
static int64_t start;
static int stagger_seconds;
static int busy_seconds;

static int64_t stop_ticks[MAX_SPINNERS];
static struct semaphore may_exit;

static thread_func spinner;
static void test_spinner_load (int spinner_cnt, int stagger, int busy,
                               int total_seconds);

void
test_mlfqs_load_60 (void)
{
  test_spinner_load (60, 0, 30, 50);
}

void
test_mlfqs_load_avg (void)
{
  test_spinner_load (20, 1, 15, 44);
}

/* Runs SPINNER_CNT spinners, spinner I busy for BUSY seconds from
   I * STAGGER seconds after the start, and samples load_avg for
   TOTAL_SECONDS. */
static void
test_spinner_load (int spinner_cnt, int stagger, int busy,
                   int total_seconds)
{
  int loads[MAX_SECONDS / SAMPLE_SECONDS + 1];
  char load[HUNDREDTHS_LEN];
  int second, i;

  ASSERT (thread_mlfqs);
  ASSERT (spinner_cnt <= MAX_SPINNERS && total_seconds <= MAX_SECONDS);

  sema_init (&may_exit, 0);
  stagger_seconds = stagger;
  busy_seconds = busy;
  start = mid_second_after (timer_ticks () + TIMER_FREQ);
  for (i = 0; i < spinner_cnt; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "spinner %d", i);
      thread_create (name, PRI_DEFAULT, spinner, (void *) i);
    }

  for (second = 0; second <= total_seconds; second += SAMPLE_SECONDS)
    {
      sleep_until (start + second * TIMER_FREQ);
      loads[second / SAMPLE_SECONDS] = thread_get_load_avg ();
    }
  for (i = 0; i < spinner_cnt; i++)
    sema_up (&may_exit);

  msg ("%d threads, each busy for %d seconds, starting %d second(s) apart",
       spinner_cnt, busy, stagger);
  for (i = 0; i < spinner_cnt; i++)
    msg ("thread %d: busy from tick %d to tick %lld",
         i, i * stagger * TIMER_FREQ, stop_ticks[i] - start);
  for (second = 0; second <= total_seconds; second += SAMPLE_SECONDS)
    msg ("second %d: load_avg %s", second,
         hundredths (loads[second / SAMPLE_SECONDS], load));
}

static void
spinner (void *i_)
{
  int i = (int) i_;
  int64_t from = start + i * stagger_seconds * TIMER_FREQ;

  thread_set_nice (SPINNER_NICE);
  sleep_until (from);
  stop_ticks[i] = spin_until (from + busy_seconds * TIMER_FREQ);
  sema_down (&may_exit);
}
