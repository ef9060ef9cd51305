/* Virtual memory: start-up and statistics.

   vm_init() brings up the frame table (which takes over the whole
   user pool) and the swap partition, once the block devices are
   known.  The counters record what paging cost, in pages; the
   power-off line prints them and tests read them through
   vm_get_stats().  With -vmtrace=TICKS the page-fault path also prints
   them as it goes, at most once every TICKS timer ticks, so a student
   can watch a workload page (a system that does not fault prints
   nothing).

   Synchronization: a counter is bumped from many threads, so each
   update and each snapshot runs with interrupts off -- a handful of
   instructions, cheaper than a lock and usable from anywhere.  The
   trace's next due tick is claimed the same way, so only one faulting
   thread prints each line. */

#include "vm/vm.h"
#include <stdio.h>
#include <string.h>
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "vm/frame.h"
#include "vm/swap.h"

/* The counters, indexed by enum vm_event. */
static struct vm_stats stats;

/* -vmtrace: ticks between trace lines (0: no trace), and when the next
   line is due. */
static int64_t trace_interval;
static int64_t trace_due;

/* Sets up the frame table and the swap slots.  Needs the page
   allocator and the block devices. */
void
vm_init (void)
{
  frame_init ();
  swap_init ();
}

/* Counts one EVENT. */
void
vm_count (enum vm_event event)
{
  enum intr_level old_level = intr_disable ();
  stats.count[event]++;
  intr_set_level (old_level);
}

/* Copies every counter into *COPY at one instant. */
void
vm_get_stats (struct vm_stats *copy)
{
  enum intr_level old_level = intr_disable ();
  memcpy (copy, &stats, sizeof stats);
  intr_set_level (old_level);
}

/* Writes the counters into BUF, of SIZE bytes, in the order and words
   that checks parse. */
static void
format_counters (char *buf, size_t size)
{
  struct vm_stats s;

  vm_get_stats (&s);
  snprintf (buf, size, "%llu page faults, %llu evictions, "
            "%llu swap writes, %llu swap reads, %llu file reads, "
            "%llu file writes",
            s.count[VM_PAGE_FAULT], s.count[VM_EVICTION],
            s.count[VM_SWAP_WRITE], s.count[VM_SWAP_READ],
            s.count[VM_FILE_READ], s.count[VM_FILE_WRITE]);
}

/* Prints the counters for the power-off statistics. */
void
vm_print_stats (void)
{
  char line[160];

  format_counters (line, sizeof line);
  printf ("VM: %s\n", line);
}

/* Asks for a trace line at most every TICKS timer ticks; 0 or less
   turns the trace off. */
void
vm_set_trace (int ticks)
{
  trace_interval = ticks > 0 ? ticks : 0;
}

/* Prints "VM trace: T ticks, " and the counters if a trace was asked
   for and a line is due.  Called on every page fault, holding no
   lock. */
void
vm_trace (void)
{
  char line[160];
  enum intr_level old_level;
  int64_t now;
  bool due;

  if (trace_interval == 0)
    return;
  now = timer_ticks ();
  old_level = intr_disable ();
  due = now >= trace_due;
  if (due)
    trace_due = now + trace_interval;
  intr_set_level (old_level);

  if (due)
    {
      format_counters (line, sizeof line);
      printf ("VM trace: %lld ticks, %s\n", now, line);
    }
}
