/* load_avg follows one busy thread up, and down again when it sleeps.

   The main thread is the only thread with work to do.  It spins for
   BUSY_SECONDS, so that exactly one thread is ready at each second
   boundary, then sleeps for IDLE_SECONDS, so that none is.  It samples
   load_avg halfway through each second (see mlfqs.h) and prints the
   samples at the end, so that console output cannot stall it while it
   is being measured.  The check (mlfqs.pm) replays the load_avg
   formula from the first sample and requires every later one to match
   within a small tolerance. */

#include <stdbool.h>
#include "tests/threads/tests.h"
#include "tests/threads/mlfqs.h"
#include "devices/timer.h"
#include "threads/thread.h"

#define BUSY_SECONDS 30
#define IDLE_SECONDS 10
#define SECONDS (BUSY_SECONDS + IDLE_SECONDS)

void
test_mlfqs_load_1 (void)
{
  int loads[SECONDS + 1];
  char load[HUNDREDTHS_LEN];
  int64_t start;
  int second;

  ASSERT (thread_mlfqs);

  start = mid_second_after (timer_ticks ());
  sleep_until (start);
  loads[0] = thread_get_load_avg ();
  for (second = 1; second <= SECONDS; second++)
    {
      int64_t sample = start + second * TIMER_FREQ;

      if (second <= BUSY_SECONDS)
        spin_until (sample);
      else
        sleep_until (sample);
      loads[second] = thread_get_load_avg ();
    }

  msg ("busy for %d seconds, then idle for %d", BUSY_SECONDS, IDLE_SECONDS);
  for (second = 0; second <= SECONDS; second++)
    msg ("second %d: load_avg %s", second, hundredths (loads[second], load));
}
