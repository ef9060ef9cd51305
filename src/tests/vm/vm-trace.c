/* With -vmtrace=TICKS the kernel prints its VM counters on a timer,
   not only when pages fault.  This program takes its few faults, then
   spins for a while touching nothing new, between two messages; the
   check requires trace lines between them, at rising ticks and all
   with the same page-fault count. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/main.h"

/* Iterations of the spin: a tenth of a second or more under qemu,
   and 12,000 to 24,000 ticks' worth of instructions under bochs
   (Make.tests sets the trace interval for each). */
#define SPIN 40000000

void
test_main (void)
{
  volatile uint32_t counter = 0;

  msg ("spin");
  while (counter < SPIN)
    counter++;
  msg ("done");
}
