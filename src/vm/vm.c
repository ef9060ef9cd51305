/* Virtual memory: start-up and statistics.

   vm_init() brings up the frame table (which takes over the whole
   user pool) and the swap partition, once the block devices are
   known.  The counters record what paging cost, in pages; the
   power-off line prints them and tests read them through
   vm_get_stats().

   Synchronization: a counter is bumped from many threads, so each
   update and each snapshot runs with interrupts off -- a handful of
   instructions, cheaper than a lock and usable from anywhere. */

#include "vm/vm.h"
#include <stdio.h>
#include <string.h>
#include "threads/interrupt.h"
#include "vm/frame.h"
#include "vm/swap.h"

/* The counters, indexed by enum vm_event. */
static struct vm_stats stats;

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

/* Prints the counters for the power-off statistics, in the order and
   words that checks parse. */
void
vm_print_stats (void)
{
  struct vm_stats s;

  vm_get_stats (&s);
  printf ("VM: %llu page faults, %llu evictions, %llu swap writes, "
          "%llu swap reads, %llu file reads, %llu file writes\n",
          s.count[VM_PAGE_FAULT], s.count[VM_EVICTION],
          s.count[VM_SWAP_WRITE], s.count[VM_SWAP_READ],
          s.count[VM_FILE_READ], s.count[VM_FILE_WRITE]);
}
