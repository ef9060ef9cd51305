/* recent_cpu of a single busy thread, and load_avg with it.

   The main thread, the only thread with work to do, sets a nonzero
   nice value and spins for SECONDS, sampling its recent_cpu and the
   load average halfway through each second.  Each sample is taken
   with interrupts off together with the tick it belongs to, and all
   are printed only at the end, so that console output cannot stall
   the thread while it is being measured.  The check (mlfqs.pm)
   replays the scheduler's arithmetic tick by tick from the first
   sample -- one tick of CPU time for the running thread on every
   tick, decay and nice once a second -- and compares every later
   sample within a small tolerance. */

#include "tests/threads/tests.h"
#include "tests/threads/mlfqs.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/thread.h"

#define SECONDS 40
#define NICE 2

/* One sample. */
struct sample
  {
    int64_t tick;               /* Ticks after the start. */
    int recent_cpu;             /* 100 * recent_cpu. */
    int load_avg;               /* 100 * load_avg. */
  };

static struct sample samples[SECONDS + 1];

static void take_sample (struct sample *, int64_t start);

void
test_mlfqs_recent_1 (void)
{
  char recent_cpu[HUNDREDTHS_LEN], load_avg[HUNDREDTHS_LEN];
  int64_t start;
  int second;

  ASSERT (thread_mlfqs);

  thread_set_nice (NICE);
  msg ("nice %d", thread_get_nice ());

  start = mid_second_after (timer_ticks ());
  sleep_until (start);
  take_sample (&samples[0], start);
  for (second = 1; second <= SECONDS; second++)
    {
      spin_until (start + second * TIMER_FREQ);
      take_sample (&samples[second], start);
    }

  for (second = 0; second <= SECONDS; second++)
    msg ("tick %lld: recent_cpu %s, load_avg %s", samples[second].tick,
         hundredths (samples[second].recent_cpu, recent_cpu),
         hundredths (samples[second].load_avg, load_avg));
}

/* Records in S the tick, relative to START, with recent_cpu and
   load_avg as of that tick. */
static void
take_sample (struct sample *s, int64_t start)
{
  enum intr_level old_level = intr_disable ();
  s->tick = timer_ticks () - start;
  s->recent_cpu = thread_get_recent_cpu ();
  s->load_avg = thread_get_load_avg ();
  intr_set_level (old_level);
}
