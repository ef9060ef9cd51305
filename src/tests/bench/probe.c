/* probe_trace(): see probe.h.  The faults are reads of pages of a
   bss array no one has touched, so they cost no frame once the kernel
   answers such reads with its shared zero page (they show up in the
   sharing line as zero-page maps); a kernel without the zero page
   gives each one a frame of its own. */

#include "tests/bench/probe.h"
#include <stdint.h>

/* Faults taken per call, and the busy loop run before each: about
   three million instructions, which under qemu, whose ticks follow the
   host's clock, outlasts a tick on most hosts, so the probes span a
   few ticks and print a line or two.  Under bochs, whose clock counts
   instructions, each loop spans about 300 ticks. */
#define PROBES 8
#define SPIN 500000

#define PAGE_SIZE 4096

/* Never written.  Volatile, because the compiler would otherwise see
   that nothing writes it and read the zeros from its own knowledge
   instead of from memory, and there would be no fault. */
static volatile uint8_t untouched[PROBES * PAGE_SIZE];

void
probe_trace (void)
{
  volatile uint32_t counter = 0;
  int probe;

  for (probe = 0; probe < PROBES; probe++)
    {
      while (counter < (uint32_t) (probe + 1) * SPIN)
        counter++;
      (void) untouched[probe * PAGE_SIZE];
    }
}
