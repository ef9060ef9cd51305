/* timer_sleep() with a count of zero or less returns without
   blocking.

   A canary thread of lower priority than the main thread stands by:
   it can run only while the main thread is blocked.  The main thread
   calls timer_sleep() REPEATS times with each count, and after each
   batch the canary must not have run.  The results are recorded, not
   printed, until the end (printing may block; see record.h).  Then the
   main thread waits for the canary, so it does not outlive the test. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define REPEATS 1000

static bool canary_ran;

static thread_func canary;
static void sleep_without_blocking (const int64_t counts[], size_t cnt);

void
test_alarm_zero (void)
{
  static const int64_t counts[] = {0};

  sleep_without_blocking (counts, sizeof counts / sizeof *counts);
}

void
test_alarm_negative (void)
{
  static const int64_t counts[] = {-1, -100, -TIMER_FREQ * 3600, INT64_MIN};

  sleep_without_blocking (counts, sizeof counts / sizeof *counts);
}

static void
sleep_without_blocking (const int64_t counts[], size_t cnt)
{
  struct semaphore canary_done;
  size_t i;
  int j;

  ASSERT (!thread_mlfqs);

  canary_ran = false;
  sema_init (&canary_done, 0);
  thread_create ("canary", PRI_DEFAULT - 1, canary, &canary_done);

  for (i = 0; i < cnt; i++)
    {
      for (j = 0; j < REPEATS; j++)
        timer_sleep (counts[i]);
      if (canary_ran)
        fail ("timer_sleep (%lld) blocked", counts[i]);
      record ("timer_sleep (%lld) returned at once, %d times",
              counts[i], REPEATS);
    }
  record_print ();

  sema_down (&canary_done);
}

static void
canary (void *done)
{
  canary_ran = true;
  sema_up (done);
}
