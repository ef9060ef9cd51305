/* load_avg follows a load that ramps up, holds and ramps down.

   Spinner I (I = 0...SPINNER_CNT - 1) sleeps until I seconds after a
   common start, spins for BUSY_SECONDS and stops, so the number of
   ready threads rises by one per second, holds, and falls by one per
   second.  The main thread samples load_avg every SAMPLE_SECONDS,
   halfway through a second, and sleeps in between.

   A spinner can only stop when it gets the CPU, and by the time it is
   due to stop the spinners that started after it have used less CPU
   and so outrank it: it may spin on, ready, for a while.  So each
   spinner notes the tick at which it actually stopped, and then blocks
   until the sampling is over (exiting would take longer).  The main
   thread prints the stop ticks and the samples at the end, and the
   check (mlfqs.pm) works out from the start and stop ticks how many
   threads were ready at each second boundary and replays the load_avg
   formula from the first sample.

   The spinners are nice, so that the main thread, which barely runs,
   always outranks them and takes its samples on time. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "tests/threads/mlfqs.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define SPINNER_CNT 20
#define BUSY_SECONDS 15
#define TOTAL_SECONDS 44
#define SAMPLE_SECONDS 2
#define SPINNER_NICE 10

static int64_t start;
static int64_t stop_ticks[SPINNER_CNT];
static struct semaphore may_exit;

static thread_func spinner;

void
test_mlfqs_load_avg (void)
{
  int loads[TOTAL_SECONDS / SAMPLE_SECONDS + 1];
  char load[HUNDREDTHS_LEN];
  int second, i;

  ASSERT (thread_mlfqs);

  sema_init (&may_exit, 0);
  start = mid_second_after (timer_ticks () + TIMER_FREQ);
  for (i = 0; i < SPINNER_CNT; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "spinner %d", i);
      thread_create (name, PRI_DEFAULT, spinner, (void *) i);
    }
  msg ("%d threads; thread I busy from second I to second I + %d",
       SPINNER_CNT, BUSY_SECONDS);

  for (second = 0; second <= TOTAL_SECONDS; second += SAMPLE_SECONDS)
    {
      sleep_until (start + second * TIMER_FREQ);
      loads[second / SAMPLE_SECONDS] = thread_get_load_avg ();
    }
  for (i = 0; i < SPINNER_CNT; i++)
    sema_up (&may_exit);

  for (i = 0; i < SPINNER_CNT; i++)
    msg ("thread %d: busy from tick %d to tick %lld",
         i, i * TIMER_FREQ, stop_ticks[i] - start);
  for (second = 0; second <= TOTAL_SECONDS; second += SAMPLE_SECONDS)
    msg ("second %d: load_avg %s", second,
         hundredths (loads[second / SAMPLE_SECONDS], load));
}

static void
spinner (void *i_)
{
  int i = (int) i_;

  thread_set_nice (SPINNER_NICE);
  sleep_until (start + i * TIMER_FREQ);
  stop_ticks[i] = spin_until (start + (i + BUSY_SECONDS) * TIMER_FREQ);
  sema_down (&may_exit);
}
