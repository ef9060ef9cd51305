/* load_avg follows sixty busy threads up and down.

   SPINNER_CNT threads sleep until a common start time, spin for
   BUSY_SECONDS and exit.  The main thread samples load_avg every
   SAMPLE_SECONDS, halfway through a second, and sleeps in between, so
   that exactly SPINNER_CNT threads are ready at each second boundary
   while they spin and none afterward; it prints the samples at the
   end.  The check (mlfqs.pm) replays the load_avg formula from the
   first sample.

   The spinners are nice, so that the main thread, which barely runs,
   always outranks them and takes its samples on time. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "tests/threads/mlfqs.h"
#include "devices/timer.h"
#include "threads/thread.h"

#define SPINNER_CNT 60
#define BUSY_SECONDS 30
#define TOTAL_SECONDS 50
#define SAMPLE_SECONDS 2
#define SPINNER_NICE 10

static int64_t start;

static thread_func spinner;

void
test_mlfqs_load_60 (void)
{
  int loads[TOTAL_SECONDS / SAMPLE_SECONDS + 1];
  char load[HUNDREDTHS_LEN];
  int second, i;

  ASSERT (thread_mlfqs);

  start = mid_second_after (timer_ticks () + TIMER_FREQ);
  for (i = 0; i < SPINNER_CNT; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "spinner %d", i);
      thread_create (name, PRI_DEFAULT, spinner, NULL);
    }
  msg ("%d threads busy from second 0 to second %d",
       SPINNER_CNT, BUSY_SECONDS);

  for (second = 0; second <= TOTAL_SECONDS; second += SAMPLE_SECONDS)
    {
      sleep_until (start + second * TIMER_FREQ);
      loads[second / SAMPLE_SECONDS] = thread_get_load_avg ();
    }
  for (second = 0; second <= TOTAL_SECONDS; second += SAMPLE_SECONDS)
    msg ("second %d: load_avg %s", second,
         hundredths (loads[second / SAMPLE_SECONDS], load));
}

static void
spinner (void *aux UNUSED)
{
  thread_set_nice (SPINNER_NICE);
  sleep_until (start);
  spin_until (start + BUSY_SECONDS * TIMER_FREQ);
}
