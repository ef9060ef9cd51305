/* Timing for the 4.4BSD scheduler tests; see mlfqs.h. */

#include "tests/threads/mlfqs.h"
#include <stdio.h>
#include "devices/timer.h"

/* Returns the first tick after TICK that lies halfway between two
   second boundaries. */
int64_t
mid_second_after (int64_t tick)
{
  int64_t mid = tick / TIMER_FREQ * TIMER_FREQ + TIMER_FREQ / 2;

  return mid > tick ? mid : mid + TIMER_FREQ;
}

/* Blocks the running thread until tick TICK, or returns at once if it
   has passed. */
void
sleep_until (int64_t tick)
{
  timer_sleep (tick - timer_ticks ());
}

/* Keeps the CPU busy until tick TICK: the running thread stays ready
   or running all along, which is what the load tests count.  Returns
   the tick at which it noticed that TICK had come, which is later if
   the thread was not running at the time. */
int64_t
spin_until (int64_t tick)
{
  int64_t now;

  while ((now = timer_ticks ()) < tick)
    continue;
  return now;
}

const char *
hundredths (int value, char buf[HUNDREDTHS_LEN])
{
  unsigned magnitude = value < 0 ? -(unsigned) value : (unsigned) value;

  snprintf (buf, HUNDREDTHS_LEN, "%s%u.%02u", value < 0 ? "-" : "",
            magnitude / 100, magnitude % 100);
  return buf;
}
