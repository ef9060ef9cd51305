/* Virtual memory: start-up and statistics.

   vm_init() brings up the frame table (which takes over the whole
   user pool) and the swap partition, once the block devices are
   known.  The counters record what paging cost, in pages; the
   power-off line prints them and tests read them through
   vm_get_stats().  With -vmtrace=TICKS a kernel thread, "vmtrace",
   also prints them every TICKS timer ticks, so a student can watch a
   workload page as it runs.

   vm_fork() copies a process's address space for fork(): the
   mappings (mmap.c), then every page (page.c's spt_fork()), sharing
   frames copy-on-write -- or, with -nocow, the bench's forced-copy
   baseline, copying every resident copy-on-write page at once.

   Synchronization: a counter is bumped from many threads, so each
   update and each snapshot runs with interrupts off -- a handful of
   instructions, cheaper than a lock and usable from anywhere.  The
   trace thread reads them through the same snapshot, vm_get_stats(). */

#include "vm/vm.h"
#include <stdio.h>
#include <string.h>
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/thread.h"
#include "vm/frame.h"
#include "vm/mmap.h"
#include "vm/page.h"
#include "vm/swap.h"

/* The counters, indexed by enum vm_event. */
static struct vm_stats stats;

/* -vmtrace: ticks between trace lines (0: no trace).  Set while
   booting, only read afterwards. */
static int64_t trace_interval;

static bool trace_running;      /* Did vm_init() start the thread? */

static void trace_thread (void *aux);

/* -nocow: fork() copies resident pages at once.  Set while booting,
   only read afterwards. */
static bool copy_at_fork;

/* Sets up the frame table and the swap slots, and starts the trace
   thread if -vmtrace asked for one.  Needs the page allocator, the
   block devices and the scheduler. */
void
vm_init (void)
{
  frame_init ();
  swap_init ();
  if (trace_interval > 0)
    {
      trace_running = thread_create ("vmtrace", PRI_MAX, trace_thread,
                                     NULL) != TID_ERROR;
      if (!trace_running)
        printf ("vm: no thread for -vmtrace; tracing off\n");
    }
}

/* Returns how many threads the VM runs for the life of the kernel:
   the trace thread, if -vmtrace started one. */
int
vm_thread_cnt (void)
{
  return trace_running ? 1 : 0;
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

/* Writes the paging counters into BUF, of SIZE bytes, in the order
   and words that checks parse. */
static void
format_paging (const struct vm_stats *s, char *buf, size_t size)
{
  snprintf (buf, size, "%llu page faults, %llu evictions, "
            "%llu swap writes, %llu swap reads, %llu file reads, "
            "%llu file writes",
            s->count[VM_PAGE_FAULT], s->count[VM_EVICTION],
            s->count[VM_SWAP_WRITE], s->count[VM_SWAP_READ],
            s->count[VM_FILE_READ], s->count[VM_FILE_WRITE]);
}

/* The same for the sharing counters. */
static void
format_sharing (const struct vm_stats *s, char *buf, size_t size)
{
  snprintf (buf, size, "%llu cow faults, %llu cow copies, "
            "%llu zero-page maps, %llu shared text frames",
            s->count[VM_COW_FAULT], s->count[VM_COW_COPY],
            s->count[VM_ZERO_MAP], s->count[VM_SHARED_TEXT]);
}

/* Prints the counters for the power-off statistics: the paging line,
   then the sharing line. */
void
vm_print_stats (void)
{
  struct vm_stats s;
  char line[160];

  vm_get_stats (&s);
  format_paging (&s, line, sizeof line);
  printf ("VM: %s\n", line);
  format_sharing (&s, line, sizeof line);
  printf ("VM sharing: %s\n", line);
}

/* Asks for a trace line every TICKS timer ticks; 0 or less turns the
   trace off.  Takes effect at vm_init(). */
void
vm_set_trace (int ticks)
{
  trace_interval = ticks > 0 ? ticks : 0;
}

/* The trace thread: every TRACE_INTERVAL ticks, until the machine
   powers off, prints

     VM trace: T ticks, <paging counters>; <sharing counters>; F frames in use

   with the counters in the words of the power-off lines.  It runs at
   the highest priority, so waking it preempts whatever runs and a busy
   system does not hold its lines back. */
static void
trace_thread (void *aux UNUSED)
{
  for (;;)
    {
      char paging[160], sharing[160];
      struct vm_stats s;

      timer_sleep (trace_interval);
      vm_get_stats (&s);
      format_paging (&s, paging, sizeof paging);
      format_sharing (&s, sharing, sizeof sharing);
      printf ("VM trace: %lld ticks, %s; %s; %zu frames in use\n",
              timer_ticks (), paging, sharing, frame_used ());
    }
}

/* Makes fork() copy every resident copy-on-write page at once, rather
   than share it until a write (-nocow, for the bench's baseline).
   Pages in swap still share their slot, and text and file-mapping
   frames are still shared: those are not copy-on-write. */
void
vm_set_nocow (void)
{
  copy_at_fork = true;
}

/* True if -nocow was given. */
bool
vm_nocow (void)
{
  return copy_at_fork;
}

/* Gives CHILD a copy of PARENT's address space: every mapping, with
   pages shared as Unix shared mappings are, and every other page
   shared copy-on-write (frames and swap slots alike), untouched pages
   staying untouched.  Called by CHILD's thread, whose process is
   CHILD, while PARENT's thread is blocked in fork(); CHILD's table,
   mapping list, program and heap bounds are already set up.  Returns
   false if memory ran short: CHILD then holds part of the copy, which
   the usual exit path (mmap_unmap_all(), spt_destroy(),
   program_close()) frees entirely. */
bool
vm_fork (struct process *child, struct process *parent)
{
  return mmap_fork (child, parent) && spt_fork (child, parent);
}
