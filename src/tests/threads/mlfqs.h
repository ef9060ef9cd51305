#ifndef TESTS_THREADS_MLFQS_H
#define TESTS_THREADS_MLFQS_H

/* Timing for the 4.4BSD scheduler tests.

   The scheduler updates load_avg and every recent_cpu at each tick
   that is a multiple of TIMER_FREQ (a "second boundary").  The tests
   act and sample halfway between two boundaries, so that whether a
   thread was ready at a boundary never depends on which of two events
   in the same tick came first; the checks in mlfqs.pm assume that
   phase. */

#include <stdint.h>

int64_t mid_second_after (int64_t tick);
void sleep_until (int64_t tick);
int64_t spin_until (int64_t tick);

/* Formats VALUE/100 with two decimals into BUF, which needs room for
   HUNDREDTHS_LEN bytes, and returns BUF. */
#define HUNDREDTHS_LEN 16
const char *hundredths (int value, char buf[HUNDREDTHS_LEN]);

#endif /* tests/threads/mlfqs.h */
