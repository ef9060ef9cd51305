/* probe_trace(): see probe.h. */

#include "tests/bench/probe.h"
#include <stdint.h>

/* The busy loop: about 24 million instructions, which under qemu,
   whose ticks follow the host's clock, outlasts a few ticks on most
   hosts, and under bochs, whose clock counts instructions, spans
   about 2,400 ticks -- either way several times the trace interval
   the bench uses (1 tick under qemu, 50 under bochs). */
#define SPIN 4000000

void
probe_trace (void)
{
  volatile uint32_t counter = 0;

  while (counter < SPIN)
    counter++;
}
