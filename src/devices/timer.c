/* The system timer and everything measured against it.

   This file owns the tick counter, the list of sleeping threads and the
   busy-wait calibration.  8254 channel 0 interrupts TIMER_FREQ times a
   second; each interrupt advances `ticks', lets the scheduler account
   for the tick (thread_tick) and wakes every sleeper whose time has
   come.

   Sleeping does not spin.  timer_sleep() builds a `struct sleeper' on
   the caller's own stack, links it into `sleepers' and blocks; the
   record stays valid because the thread cannot return from
   timer_sleep() until the interrupt handler has unlinked it and
   unblocked the thread.  `sleepers' is kept sorted by wake-up tick
   (ties in arrival order), so the handler looks only at the front of
   the list and touches just the threads that are due.

   Locking: `ticks' and `sleepers' are shared with the interrupt
   handler, so threads read or change them only with interrupts off.
   `loops_per_tick' is written once, by timer_calibrate() during boot,
   and only read afterwards. */

#include "devices/timer.h"
#include <debug.h>
#include <inttypes.h>
#include <list.h>
#include <stdio.h>
#include "devices/pit.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* The 8254 cannot divide its clock down below about 18.2 Hz, and much
   above 1 kHz the interrupt overhead swamps the machine. */
#if TIMER_FREQ < 19
#error "TIMER_FREQ must be at least 19: the 8254 cannot count that slowly"
#endif
#if TIMER_FREQ > 1000
#error "TIMER_FREQ above 1000 spends too much time in the timer interrupt"
#endif

/* Vector of IRQ0 once the PICs are remapped. */
#define TIMER_VEC 0x20

/* Ticks since timer_init().  Changed only by the interrupt handler. */
static int64_t ticks;

/* Iterations of busy_wait() that take about one tick; set by
   timer_calibrate(). */
static unsigned loops_per_tick;

/* A thread asleep in timer_sleep().  Lives on that thread's stack. */
struct sleeper
  {
    int64_t wake_tick;          /* First tick at which to wake. */
    struct thread *thread;      /* The blocked thread. */
    struct list_elem elem;      /* Element in `sleepers'. */
  };

/* Sleeping threads in ascending order of wake_tick. */
static struct list sleepers;

static intr_handler_func timer_interrupt;
static bool too_many_loops (unsigned loops);
static void busy_wait (int64_t loops);
static void real_time_sleep (int64_t num, int32_t denom);
static void real_time_delay (int64_t num, int32_t denom);

/* Sets up the 8254 to interrupt TIMER_FREQ times per second and
   registers the handler.  Call once, before interrupts are enabled. */
void
timer_init (void)
{
  list_init (&sleepers);
  pit_configure_channel (0, 2, TIMER_FREQ);
  intr_register_ext (TIMER_VEC, timer_interrupt, "8254 Timer");
}

/* Measures how many busy_wait() iterations fit in one timer tick, for
   sub-tick delays, and prints the result.  Interrupts must be on,
   since the measurement watches ticks go by. */
void
timer_calibrate (void)
{
  unsigned fits, overruns;

  ASSERT (intr_get_level () == INTR_ON);
  printf ("Calibrating timer...  ");

  /* Double until a count no longer fits in a tick.  After the loop,
     FITS fits and OVERRUNS = 2 * FITS does not. */
  fits = 1u << 10;
  while (!too_many_loops (fits * 2))
    {
      fits *= 2;
      ASSERT (fits < (1u << 31));
    }
  overruns = fits * 2;

  /* Bisect between the two until the gap is under 1/256 of the answer. */
  while (overruns - fits > fits / 256)
    {
      unsigned middle = fits + (overruns - fits) / 2;
      if (too_many_loops (middle))
        overruns = middle;
      else
        fits = middle;
    }
  loops_per_tick = fits;

  printf ("%'"PRIu64" loops/s.\n", (uint64_t) loops_per_tick * TIMER_FREQ);
}

/* Returns the number of timer ticks since the OS booted. */
int64_t
timer_ticks (void)
{
  enum intr_level old_level = intr_disable ();
  int64_t now = ticks;
  intr_set_level (old_level);
  barrier ();
  return now;
}

/* Returns the number of timer ticks elapsed since THEN, a value
   returned earlier by timer_ticks(). */
int64_t
timer_elapsed (int64_t then)
{
  return timer_ticks () - then;
}

/* Orders sleepers by wake-up tick. */
static bool
wakes_earlier (const struct list_elem *a_, const struct list_elem *b_,
               void *aux UNUSED)
{
  const struct sleeper *a = list_entry (a_, struct sleeper, elem);
  const struct sleeper *b = list_entry (b_, struct sleeper, elem);
  return a->wake_tick < b->wake_tick;
}

/* Blocks the calling thread for about TICKS timer ticks; it becomes
   ready at the first tick at least TICKS after the call.  Returns at
   once if TICKS <= 0.  Interrupts must be on and the caller must not be
   an interrupt handler. */
void
timer_sleep (int64_t ticks_to_sleep)
{
  struct sleeper self;
  enum intr_level old_level;

  if (ticks_to_sleep <= 0)
    return;
  ASSERT (!intr_context ());
  ASSERT (intr_get_level () == INTR_ON);

  old_level = intr_disable ();
  /* A sleep too long to count never ends, rather than wrapping around
     to a tick that has already passed. */
  self.wake_tick = (ticks_to_sleep < INT64_MAX - ticks
                    ? ticks + ticks_to_sleep : INT64_MAX);
  self.thread = thread_current ();
  /* list_insert_ordered() places SELF after any equal wake_tick, so
     threads due at the same tick wake in the order they went to sleep. */
  list_insert_ordered (&sleepers, &self.elem, wakes_earlier, NULL);
  thread_block ();
  intr_set_level (old_level);
}

/* Sleeps for about MS milliseconds.  Interrupts must be on. */
void
timer_msleep (int64_t ms)
{
  real_time_sleep (ms, 1000);
}

/* Sleeps for about US microseconds.  Interrupts must be on. */
void
timer_usleep (int64_t us)
{
  real_time_sleep (us, 1000 * 1000);
}

/* Sleeps for about NS nanoseconds.  Interrupts must be on. */
void
timer_nsleep (int64_t ns)
{
  real_time_sleep (ns, 1000 * 1000 * 1000);
}

/* Busy-waits for about MS milliseconds.  Wastes CPU time that other
   threads could use, so prefer timer_msleep() unless interrupts are
   off.  Usable with interrupts off and from interrupt handlers. */
void
timer_mdelay (int64_t ms)
{
  real_time_delay (ms, 1000);
}

/* Busy-waits for about US microseconds; see timer_mdelay(). */
void
timer_udelay (int64_t us)
{
  real_time_delay (us, 1000 * 1000);
}

/* Busy-waits for about NS nanoseconds; see timer_mdelay(). */
void
timer_ndelay (int64_t ns)
{
  real_time_delay (ns, 1000 * 1000 * 1000);
}

/* Prints the tick count, in the line format tools expect at shutdown. */
void
timer_print_stats (void)
{
  printf ("Timer: %"PRId64" ticks\n", timer_ticks ());
}

/* IRQ0: counts the tick, lets the scheduler see it, and unblocks every
   sleeper that is due, earliest first.  The list is sorted, so the scan
   stops at the first thread that must keep sleeping.

   thread_unblock() never preempts, so if a woken thread outranks the
   interrupted one, ask for a switch when the interrupt returns. */
static void
timer_interrupt (struct intr_frame *frame UNUSED)
{
  ticks++;
  thread_tick ();

  while (!list_empty (&sleepers))
    {
      struct sleeper *s = list_entry (list_front (&sleepers),
                                      struct sleeper, elem);
      if (s->wake_tick > ticks)
        break;
      list_pop_front (&sleepers);
      thread_unblock (s->thread);
      if (s->thread->priority > thread_current ()->priority)
        intr_yield_on_return ();
    }
}

/* Returns true if LOOPS iterations of busy_wait() take longer than one
   timer tick.  Starts timing at a tick boundary so that the whole tick
   is available. */
static bool
too_many_loops (unsigned loops)
{
  int64_t start = timer_ticks ();
  while (timer_ticks () == start)
    continue;

  start = timer_ticks ();
  busy_wait (loops);
  return timer_ticks () != start;
}

/* Spins through LOOPS iterations of an empty loop.

   Kept out of line: the calibration measures this exact code, and an
   inlined copy could be laid out or optimised differently at each
   call site, which would make its speed differ from the measurement. */
static void __attribute__ ((noinline))
busy_wait (int64_t loops)
{
  while (loops-- > 0)
    barrier ();
}

/* Sleeps for about NUM/DENOM seconds: whole ticks by blocking, anything
   shorter than a tick by busy-waiting, since the timer cannot wake a
   thread with finer resolution. */
static void
real_time_sleep (int64_t num, int32_t denom)
{
  /* NUM / DENOM seconds is NUM * TIMER_FREQ / DENOM ticks, rounded down. */
  int64_t whole_ticks = num * TIMER_FREQ / denom;

  ASSERT (intr_get_level () == INTR_ON);
  if (whole_ticks > 0)
    timer_sleep (whole_ticks);
  else
    real_time_delay (num, denom);
}

/* Busy-waits for about NUM/DENOM seconds using the calibrated loop.
   The time is split into whole ticks and a remainder so that the
   arithmetic cannot overflow for long delays. */
static void
real_time_delay (int64_t num, int32_t denom)
{
  /* The delay measured in 1/DENOM-ths of a tick. */
  int64_t scaled = num * TIMER_FREQ;
  int64_t whole_ticks = scaled / denom;
  int64_t remainder = scaled % denom;

  while (whole_ticks-- > 0)
    busy_wait (loops_per_tick);
  busy_wait ((int64_t) loops_per_tick * remainder / denom);
}
