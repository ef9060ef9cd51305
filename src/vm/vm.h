#ifndef VM_VM_H
#define VM_VM_H

/* Virtual memory as a whole: start-up and the counters that say how
   paging went.  The parts live in page.h (what belongs at a user
   address), frame.h (physical frames and eviction), swap.h (the swap
   partition) and mmap.h (files mapped into memory). */

#include <stdbool.h>
#include <stdint.h>

struct process;

/* Events counted since boot, all in pages. */
enum vm_event
  {
    VM_PAGE_FAULT,      /* Faults at user addresses handed to vm/. */
    VM_EVICTION,        /* Frames taken from a page to give to another. */
    VM_SWAP_WRITE,      /* Pages written to swap. */
    VM_SWAP_READ,       /* Pages read back from swap. */
    VM_FILE_READ,       /* Pages read from an executable or mapped file. */
    VM_FILE_WRITE,      /* Pages written back to a mapped file. */

    /* Sharing, printed on a line of its own. */
    VM_COW_FAULT,       /* Writes to a page mapped read-only because its
                           frame was shared (copy-on-write or the zero
                           page). */
    VM_COW_COPY,        /* Those that needed a frame of their own (a
                           copy, or zeros for the zero page); the rest
                           found the frame no longer shared and just
                           made it writable. */
    VM_ZERO_MAP,        /* Reads of an untouched zero-fill page answered
                           by mapping the shared zero page. */
    VM_SHARED_TEXT,     /* Read-only executable pages mapped from a
                           frame another process had already filled. */
    VM_EVENT_CNT
  };

/* A snapshot of every counter, indexed by enum vm_event. */
struct vm_stats
  {
    uint64_t count[VM_EVENT_CNT];
  };

void vm_init (void);
void vm_count (enum vm_event);
void vm_get_stats (struct vm_stats *);
void vm_print_stats (void);
void vm_set_trace (int ticks);
int vm_thread_cnt (void);
void vm_set_nocow (void);
bool vm_nocow (void);
bool vm_fork (struct process *child, struct process *parent);

#endif /* vm/vm.h */
