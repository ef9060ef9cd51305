/* The heap of a user process, VM build: the kernel side of sbrk().

   A process's heap is the range from heap_start, the page boundary
   just above its executable (set by load.c), up to its break, brk.
   Growing the heap only moves the break.  No page of the heap exists
   until it is touched: then page_fault_in() gives it a PAGE_ZERO
   entry, which a read maps to the shared zero page and a write gives
   a zeroed frame of its own.  So a heap far larger than memory and
   swap together costs only the pages the program uses.  Shrinking
   the heap removes the pages it gives up, with their frames and swap
   slots, so touching them again kills the process.

   The heap is made of whole pages: the page holding the last byte
   below the break is the process's entirely, as on Unix.  It never
   grows into a file mapping or the stack region (which keeps at
   least the stack's guard page between heap and stack), and mmap()
   refuses to map over it, since page_exists() counts every heap page
   below the break as in use, touched or not.

   Synchronization: a process's heap_start and brk are read and
   written by its own thread only; page_remove_range() takes the page
   table's lock for the pages it frees. */

#include "userprog/heap.h"
#include <list.h>
#include <round.h>
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#include "vm/mmap.h"
#include "vm/page.h"

/* True if none of P's file mappings has a page in [LO, HI). */
static bool
clear_of_mappings (struct process *p, const uint8_t *lo, const uint8_t *hi)
{
  struct list_elem *e;

  for (e = list_begin (&p->mappings); e != list_end (&p->mappings);
       e = list_next (e))
    {
      struct mapping *m = list_entry (e, struct mapping, elem);
      const uint8_t *end = m->base + ROUND_UP (m->length, PGSIZE);

      if (m->base < hi && lo < end)
        return false;
    }
  return true;
}

/* True if P's break may move up by GROWTH bytes: the new break stays
   at or below the stack region, and the pages the heap gains hold no
   mapping. */
static bool
may_grow (struct process *p, uintptr_t growth)
{
  uintptr_t brk = (uintptr_t) p->brk;
  uintptr_t ceiling = (uintptr_t) STACK_GUARD;

  if (brk > ceiling || growth > ceiling - brk)
    return false;
  return clear_of_mappings (p, pg_round_up (p->brk),
                            pg_round_up (p->brk + growth));
}

/* Moves the running process's break INCREMENT bytes up (or down, if
   negative) and returns the old break; with INCREMENT 0, just returns
   the break.  Returns (void *) -1, changing nothing, if the heap would
   grow into a mapping or the stack region or past the top of memory,
   or shrink below heap_start.  Growing reserves addresses only;
   shrinking frees every page wholly above the new break. */
void *
heap_move (intptr_t increment)
{
  struct process *p = thread_current ()->process;
  uint8_t *old_brk = p->brk;

  if (increment > 0)
    {
      if (!may_grow (p, increment))
        return (void *) -1;
      p->brk = old_brk + increment;
    }
  else if (increment < 0)
    {
      /* Negated as unsigned, so that INTPTR_MIN works too. */
      size_t shrink = -(size_t) increment;

      if (shrink > (uintptr_t) old_brk - (uintptr_t) p->heap_start)
        return (void *) -1;
      p->brk = old_brk - shrink;
      page_remove_range (&p->spt, pg_round_up (p->brk),
                         pg_round_up (old_brk));
    }
  return old_brk;
}
