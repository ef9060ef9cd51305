/* timer_sleep() with a negative count returns without sleeping, down
   to the most negative count there is. */

#include <stddef.h>
#include <stdint.h>
#include "tests/threads/tests.h"
#include "devices/timer.h"

void
test_alarm_negative (void)
{
  static const int64_t counts[] = {-1, -100, -TIMER_FREQ * 3600, INT64_MIN};
  size_t i;

  for (i = 0; i < sizeof counts / sizeof *counts; i++)
    {
      int64_t before = timer_ticks ();

      timer_sleep (counts[i]);
      if (timer_elapsed (before) > 1)
        fail ("sleep of %lld ticks took %lld ticks",
              counts[i], timer_elapsed (before));
      msg ("sleep of %lld ticks returned at once", counts[i]);
    }
}
