#ifndef TESTS_BENCH_PROBE_H
#define TESTS_BENCH_PROBE_H

/* Makes a -vmtrace run record the state a bench program is in.

   The kernel's trace thread prints a line every TICKS timer ticks.  A
   program that has just reached the state worth seeing (every child
   running, a fork finished) may leave it again within a tick, between
   two lines, so the trace would never show it.  probe_trace() holds
   the state for a while by spinning, so that at least one trace line
   is printed from it.  It touches no memory but its own stack, so it
   changes no counter. */

void probe_trace (void);

#endif /* tests/bench/probe.h */
