/* probe_trace(): see probe.h.  The faults are reads of pages of a
   bss array no one has touched, so they cost no frame once the kernel
   answers such reads with its shared zero page (they show up in the
   sharing line as zero-page maps); a kernel without the zero page
   gives each one a frame of its own. */

#include "tests/bench/probe.h"
#include <stdint.h>

/* Faults taken per call, and the busy loop run before each: long
   enough to outlast a timer tick under qemu, whose ticks follow the
   host's clock.  Under bochs, whose clock counts instructions, each
   loop spans about a hundred ticks. */
#define PROBES 8
#define SPIN 1000000

#define PAGE_SIZE 4096

/* Never written: every page stays untouched until its read. */
static uint8_t untouched[PROBES * PAGE_SIZE];

void
probe_trace (void)
{
  volatile uint32_t counter = 0;
  volatile uint8_t sink;
  int probe;

  for (probe = 0; probe < PROBES; probe++)
    {
      while (counter < (uint32_t) (probe + 1) * SPIN)
        counter++;
      sink = untouched[probe * PAGE_SIZE];
    }
  (void) sink;
}
