/* Busy threads share the CPU as the 4.4BSD scheduler says they should:
   equally when their nice values are equal, less for the nicer ones
   otherwise.

   THREAD_CNT spinners, spinner I with nice FIRST_NICE + I * NICE_STEP,
   sleep until a common start time and then spin for SECONDS, each
   counting the timer ticks during which it ran.  The main thread
   sleeps meanwhile and prints, at the end, the load average just
   before the start and each spinner's nice value and tick count.
   From those the check (mlfqs.pm) simulates the scheduler tick by tick
   on the same threads and compares each spinner's count with the
   simulated one.

   The spinners set their nice values at least one second boundary
   before the start, while the load average is close to 0, so that
   their recent_cpu values start close to their nice values, as the
   simulation assumes. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "tests/threads/mlfqs.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define MAX_THREADS 20
#define SECONDS 30

/* One spinner's settings and results. */
struct spinner
  {
    int nice;                   /* Its nice value. */
    int ticks;                  /* Ticks in which it ran. */
  };

static struct spinner spinners[MAX_THREADS];
static int64_t start, end;
static struct semaphore finished;

static thread_func spin;
static void test_fair (int thread_cnt, int first_nice, int nice_step);

void
test_mlfqs_fair_2 (void)
{
  test_fair (2, 0, 0);
}

void
test_mlfqs_fair_20 (void)
{
  test_fair (20, 0, 0);
}

void
test_mlfqs_nice_2 (void)
{
  test_fair (2, 0, 5);
}

void
test_mlfqs_nice_10 (void)
{
  test_fair (10, 0, 1);
}

static void
test_fair (int thread_cnt, int first_nice, int nice_step)
{
  char value[HUNDREDTHS_LEN];
  int load_avg;
  int i;

  ASSERT (thread_mlfqs);
  ASSERT (thread_cnt <= MAX_THREADS);

  sema_init (&finished, 0);
  start = mid_second_after (timer_ticks () + TIMER_FREQ);
  end = start + SECONDS * TIMER_FREQ;
  for (i = 0; i < thread_cnt; i++)
    {
      struct spinner *s = &spinners[i];
      char name[16];

      s->nice = first_nice + i * nice_step;
      s->ticks = 0;
      snprintf (name, sizeof name, "spinner %d", i);
      thread_create (name, PRI_DEFAULT, spin, s);
    }

  /* load_avg changes only at second boundaries, and none falls
     between the tick before the start and the start. */
  sleep_until (start - 1);
  load_avg = thread_get_load_avg ();
  sleep_until (end);
  for (i = 0; i < thread_cnt; i++)
    sema_down (&finished);

  msg ("%d threads spun for %d seconds", thread_cnt, SECONDS);
  msg ("load_avg at the start: %s", hundredths (load_avg, value));
  for (i = 0; i < thread_cnt; i++)
    msg ("thread %d: nice %d, ran %d ticks",
         i, spinners[i].nice, spinners[i].ticks);
}

/* Spins from `start' to `end', counting in S the distinct ticks it
   sees, each one a tick in which it ran. */
static void
spin (void *s_)
{
  struct spinner *s = s_;
  int64_t last = -1, now;

  thread_set_nice (s->nice);
  sleep_until (start);

  while ((now = timer_ticks ()) < end)
    if (now != last)
      {
        last = now;
        s->ticks++;
      }
  sema_up (&finished);
}
