#ifndef VM
/* The heap without virtual memory.

   The heap runs from the running process's heap_start, the first page
   boundary past the executable (set by load.c), to its break, `brk'.
   Without VM there is no page fault to fill a page later, so every
   page the heap reaches is a real frame from the moment the break
   passes its first byte, zeroed, writable, and owned by the page
   directory like the program's own pages (pagedir_destroy() frees it,
   and fork() copies it with the rest).  Invariant: the pages from
   heap_start up to the break rounded up to a page are mapped, and
   none above.

   The heap stops short of the region kept for the stack -- the same
   8 MB below PHYS_BASE as the VM build's, although here the stack
   never grows -- so a program behaves alike in both builds.

   Synchronization: none.  A process's heap and page directory are
   changed only by its own thread. */

#include "userprog/heap.h"
#include <debug.h>
#include <round.h>
#include <stdbool.h>
#include "threads/palloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/pagedir.h"
#include "userprog/process.h"

/* Bytes below PHYS_BASE the heap may never reach. */
#define STACK_REGION (8 * 1024 * 1024)

/* Unmaps and frees the heap pages of PD from FIRST up to, not
   including, END (both page aligned). */
static void
release_pages (uint32_t *pd, uint8_t *first, uint8_t *end)
{
  uint8_t *upage;

  for (upage = first; upage < end; upage += PGSIZE)
    {
      void *kpage = pagedir_get_page (pd, upage);

      ASSERT (kpage != NULL);
      pagedir_clear_page (pd, upage);
      palloc_free_page (kpage);
    }
}

/* Maps a zeroed writable frame at every page of PD from FIRST up to,
   not including, END (both page aligned).  Returns false, with none
   of them mapped, if the user pool or the kernel pool (for a page
   table) runs out. */
static bool
add_pages (uint32_t *pd, uint8_t *first, uint8_t *end)
{
  uint8_t *upage;

  for (upage = first; upage < end; upage += PGSIZE)
    {
      void *kpage = palloc_get_page (PAL_USER | PAL_ZERO);

      if (kpage == NULL || !pagedir_set_page (pd, upage, kpage, true))
        {
          palloc_free_page (kpage);
          release_pages (pd, first, upage);
          return false;
        }
    }
  return true;
}

/* Moves the running process's break by INCREMENT bytes, up or down,
   and returns where it was; or returns (void *) -1, leaving it where
   it was, if it would go below heap_start, into the stack region, or
   memory runs out.  An INCREMENT of 0 just returns the break. */
void *
heap_move (intptr_t increment)
{
  struct thread *t = thread_current ();
  struct process *p = t->process;
  uintptr_t old_brk = (uintptr_t) p->brk;
  uintptr_t base = (uintptr_t) p->heap_start;
  uintptr_t limit = (uintptr_t) PHYS_BASE - STACK_REGION;
  uintptr_t new_brk;

  ASSERT (base != 0 && base <= old_brk);

  /* Compared as distances, so that no sum can wrap around.  The loader
     accepts segments anywhere in user space, so a program may end
     inside the stack region: its heap starts there, empty, and cannot
     grow. */
  if (increment >= 0
      ? increment > 0 && (old_brk > limit
                          || (uintptr_t) increment > limit - old_brk)
      : -(uintptr_t) increment > old_brk - base)
    return (void *) -1;
  new_brk = old_brk + increment;

  if (new_brk > old_brk
      && !add_pages (t->pagedir, (uint8_t *) ROUND_UP (old_brk, PGSIZE),
                     (uint8_t *) ROUND_UP (new_brk, PGSIZE)))
    return (void *) -1;
  if (new_brk < old_brk)
    release_pages (t->pagedir, (uint8_t *) ROUND_UP (new_brk, PGSIZE),
                   (uint8_t *) ROUND_UP (old_brk, PGSIZE));

  p->brk = (uint8_t *) new_brk;
  return (void *) old_brk;
}
#endif /* !VM */
