/* timer_sleep() with a count of zero returns without sleeping. */

#include "tests/threads/tests.h"
#include "devices/timer.h"

void
test_alarm_zero (void)
{
  int64_t before = timer_ticks ();
  int i;

  for (i = 0; i < 1000; i++)
    timer_sleep (0);
  if (timer_elapsed (before) > 1)
    fail ("1000 zero-tick sleeps took %lld ticks", timer_elapsed (before));
  msg ("1000 zero-tick sleeps returned at once");
}
