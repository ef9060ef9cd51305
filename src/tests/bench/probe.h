#ifndef TESTS_BENCH_PROBE_H
#define TESTS_BENCH_PROBE_H

/* Makes a -vmtrace run record the state a bench program is in.

   The kernel prints a trace line only from its page-fault path, and
   at most once every TICKS timer ticks.  A program that has just
   reached the state worth seeing (every child running, a fork
   finished) may not fault again for the rest of its run, so the
   trace would never show that state.  probe_trace() lets a few ticks
   pass and faults now and then while they do, so that at least one
   trace line is printed from the state the program is in.  It faults
   on pages of its own that nothing else touches, one set per process:
   a second call in the same process only lets the ticks pass. */

void probe_trace (void);

#endif /* tests/bench/probe.h */
