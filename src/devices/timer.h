#ifndef DEVICES_TIMER_H
#define DEVICES_TIMER_H

/* The system timer: a periodic interrupt from 8254 channel 0 that
   counts ticks, drives the scheduler and wakes sleeping threads.
   The real-time sleeps round down to whole ticks and fall back to
   spinning only for a wait shorter than one tick. */

#include <round.h>
#include <stdint.h>

/* The tick rate in hertz.  Tests and the scheduler's time slice are
   written in terms of it, so it is part of the kernel's interface. */
#define TIMER_FREQ 100

/* Boot-time setup: program the PIT and hook its interrupt, then,
   with interrupts on, measure how fast a busy loop runs so that the
   short delays below can be timed. */
void timer_init (void);
void timer_calibrate (void);

/* The clock.  timer_ticks() counts interrupts since boot;
   timer_elapsed(THEN) is how many have passed since an earlier
   reading THEN. */
int64_t timer_ticks (void);
int64_t timer_elapsed (int64_t then);

/* Blocking waits: the calling thread gives up the CPU for at least
   the given time.  They need interrupts on. */
void timer_sleep (int64_t ticks);
void timer_msleep (int64_t milliseconds);
void timer_usleep (int64_t microseconds);
void timer_nsleep (int64_t nanoseconds);

/* Spinning waits: the CPU stays with the caller, so these also work
   with interrupts off, but waste the time they wait. */
void timer_mdelay (int64_t milliseconds);
void timer_udelay (int64_t microseconds);
void timer_ndelay (int64_t nanoseconds);

/* Prints the "Timer: N ticks" line at power-off. */
void timer_print_stats (void);

#endif /* devices/timer.h */
