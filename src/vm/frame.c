/* The frame table.

   At boot the frame table takes every page of the user pool for
   itself, so from then on it is the only allocator of user frames.
   Each frame has an entry here:

     - MAPPINGS, the reverse map: every struct page (of any process)
       whose bytes live in the frame.  Today a frame has at most one,
       but nothing here assumes so: eviction checks and unmaps all of
       them, which copy-on-write and shared text will rely on.
     - PINS, the holders that keep the clock away: a frame being
       filled by a page fault, or emptied by an eviction, is pinned.
     - IN_USE, false while the frame is on the free list.

   Eviction is the clock (second chance).  The hand sweeps the table;
   a frame whose accessed bit is set in any mapping or in its kernel
   alias (PHYS_BASE + its physical address, through which the kernel
   itself may touch it) has those bits cleared and is passed over; the
   first frame found unused since the last sweep is the victim.  Every
   page mapping the victim is unmapped and marked busy, and only then
   are its bytes written out, so a write by the owner during the
   write-out cannot be lost: it faults and waits instead.  The victim's
   dirty state is the OR of every mapping's dirty bit, the alias's and
   the pages' own `dirty' flags.

   Synchronization.  frames_lock guards every entry's MAPPINGS, PINS
   and IN_USE, the free list and the hand.  It is held only for
   bookkeeping, never across disk I/O, and never while sleeping on
   anything else.  Lock order: a page table's lock (page.c) may be
   held when frames_lock is taken (frame_attach, frame_detach); while
   frames_lock is held, page-table locks are only ever *tried*
   (page_try_lock), so the two orders cannot deadlock.  A frame whose
   owner's table is locked is simply skipped by the clock: holding its
   own table's lock protects a process's frames from eviction.

   Liveness.  If a whole sweep finds nothing to take (every frame
   pinned, or its owner busy), frame_obtain() sleeps a tick and tries
   again: pins and table locks are held only for bounded work, none of
   which waits for a frame. */

#include "vm/frame.h"
#include <debug.h>
#include <list.h>
#include "devices/timer.h"
#include "threads/init.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "userprog/pagedir.h"
#include "vm/page.h"
#include "vm/vm.h"

/* One frame of the user pool. */
struct frame
  {
    void *kpage;                /* Its kernel alias. */
    struct list mappings;       /* struct page, through frame_elem. */
    unsigned pins;              /* Holders keeping the clock away. */
    bool in_use;                /* Not on the free list. */
    struct list_elem free_elem; /* In free_frames while unused. */
  };

static struct frame *frames;    /* The table, one entry per frame. */
static size_t frame_cnt;        /* Entries in FRAMES. */
static struct list free_frames; /* Entries not in use. */
static size_t hand;             /* The clock's next candidate. */
static struct lock frames_lock; /* See the top of the file. */

static struct frame *take_free_frame (void);
static struct frame *choose_victim (bool *dirty);
static bool evict (struct frame *, bool dirty);
static void release_if_unused (struct frame *);
static bool alias_take_bit (struct frame *, bool dirty_bit);

/* Takes every page of the user pool into the frame table.  At boot
   the pool is whole and untouched, so one request takes all of it as
   a single run; asking page by page would cost a scan of the pool's
   bitmap for each page, which a slow emulator feels (seconds under
   bochs). */
void
frame_init (void)
{
  uint8_t *base;
  size_t i;

  lock_init (&frames_lock);
  list_init (&free_frames);
  frame_cnt = palloc_count_free (PAL_USER);
  if (frame_cnt == 0)
    return;

  base = palloc_get_multiple (PAL_USER, frame_cnt);
  frames = calloc (frame_cnt, sizeof *frames);
  if (base == NULL || frames == NULL)
    PANIC ("cannot set up a frame table of %zu frames", frame_cnt);
  for (i = 0; i < frame_cnt; i++)
    {
      struct frame *f = &frames[i];

      f->kpage = base + i * PGSIZE;
      list_init (&f->mappings);
      list_push_back (&free_frames, &f->free_elem);
    }
}

/* Returns a frame for the caller to fill, pinned and mapped by no
   page, taking one from another page if none is free; the caller
   frame_attach()es it and then frame_unpin()s it, or frame_unpin()s
   it alone to give it back.  Returns null if a victim's bytes could
   not be written out because swap is full.  Must not be called with
   a page table's lock held: the victim may be one of its pages. */
struct frame *
frame_obtain (void)
{
  for (;;)
    {
      struct frame *f;
      bool dirty = false;

      lock_acquire (&frames_lock);
      f = take_free_frame ();
      if (f == NULL)
        f = choose_victim (&dirty);
      lock_release (&frames_lock);

      if (f == NULL)
        {
          timer_sleep (1);
          continue;
        }
      if (!list_empty (&f->mappings) && !evict (f, dirty))
        return NULL;

      /* Whatever the alias recorded belonged to the previous owner. */
      alias_take_bit (f, true);
      alias_take_bit (f, false);
      return f;
    }
}

/* Returns the kernel address of frame F's bytes. */
void *
frame_kpage (const struct frame *f)
{
  return f->kpage;
}

/* Records that PAGE's bytes are in F.  The caller holds PAGE's table
   lock and a pin on F. */
void
frame_attach (struct frame *f, struct page *page)
{
  lock_acquire (&frames_lock);
  ASSERT (f->in_use);
  list_push_back (&f->mappings, &page->frame_elem);
  lock_release (&frames_lock);
}

/* Drops the caller's pin on F; F becomes free if no page maps it. */
void
frame_unpin (struct frame *f)
{
  lock_acquire (&frames_lock);
  ASSERT (f->pins > 0);
  f->pins--;
  release_if_unused (f);
  lock_release (&frames_lock);
}

/* Records that PAGE no longer maps F, which becomes free if it was
   the last mapping and nobody pins F.  The caller holds PAGE's table
   lock and has removed PAGE from its page directory. */
void
frame_detach (struct frame *f, struct page *page)
{
  lock_acquire (&frames_lock);
  list_remove (&page->frame_elem);
  release_if_unused (f);
  lock_release (&frames_lock);
}

/* Returns whether the kernel wrote F through its alias since the last
   call, and clears the record.  page.c calls it after filling F, so
   that the fill itself does not count as a change. */
bool
frame_alias_take_dirty (struct frame *f)
{
  return alias_take_bit (f, true);
}

/* Returns the number of frames in use, for the leak check. */
size_t
frame_used (void)
{
  size_t used;

  lock_acquire (&frames_lock);
  used = frame_cnt - list_size (&free_frames);
  lock_release (&frames_lock);
  return used;
}

/* Takes a frame off the free list, pinned, or returns null if there
   is none.  Caller holds frames_lock. */
static struct frame *
take_free_frame (void)
{
  struct frame *f;

  if (list_empty (&free_frames))
    return NULL;
  f = list_entry (list_pop_front (&free_frames), struct frame, free_elem);
  f->in_use = true;
  f->pins = 1;
  return f;
}

/* Puts F back on the free list if nothing holds it any more.  Caller
   holds frames_lock. */
static void
release_if_unused (struct frame *f)
{
  if (f->pins == 0 && list_empty (&f->mappings))
    {
      f->in_use = false;
      list_push_back (&free_frames, &f->free_elem);
    }
}

/* Tests and clears F's accessed bits, in every mapping and in the
   alias.  Returns true if any was set.  Caller holds frames_lock,
   which keeps F's mappings, and so their page directories, alive. */
static bool
recently_used (struct frame *f)
{
  struct list_elem *e;
  bool used = alias_take_bit (f, false);

  for (e = list_begin (&f->mappings); e != list_end (&f->mappings);
       e = list_next (e))
    if (page_recently_used (list_entry (e, struct page, frame_elem)))
      used = true;
  return used;
}

/* Unlocks the tables of F's mappings from the first up to STOP. */
static void
unlock_owners (struct frame *f, struct list_elem *stop)
{
  struct list_elem *e;

  for (e = list_begin (&f->mappings); e != stop; e = list_next (e))
    page_unlock (list_entry (e, struct page, frame_elem));
}

/* Tries to make F the victim: locks the table of every page mapping
   it (giving up if any is busy), unmaps them all, and pins F.  Stores
   in *DIRTY whether F's bytes differ from their backing copy.  Caller
   holds frames_lock. */
static bool
claim (struct frame *f, bool *dirty)
{
  struct list_elem *e;

  for (e = list_begin (&f->mappings); e != list_end (&f->mappings);
       e = list_next (e))
    if (!page_try_lock (list_entry (e, struct page, frame_elem)))
      {
        unlock_owners (f, e);
        return false;
      }

  *dirty = alias_take_bit (f, true);
  for (e = list_begin (&f->mappings); e != list_end (&f->mappings);
       e = list_next (e))
    if (page_unmap_for_eviction (list_entry (e, struct page, frame_elem)))
      *dirty = true;
  unlock_owners (f, list_end (&f->mappings));
  f->pins = 1;
  return true;
}

/* Runs the clock for at most two sweeps and returns the victim, pinned
   and unmapped, with *DIRTY set as claim() says; or null if nothing
   can be taken now.  Caller holds frames_lock. */
static struct frame *
choose_victim (bool *dirty)
{
  size_t step;

  for (step = 0; step < 2 * frame_cnt; step++)
    {
      struct frame *f = &frames[hand];

      hand = (hand + 1) % frame_cnt;
      if (!f->in_use || f->pins > 0 || list_empty (&f->mappings))
        continue;
      if (!recently_used (f) && claim (f, dirty))
        return f;
    }
  return NULL;
}

/* Writes the bytes of victim F, pinned and unmapped by claim(), to
   where each of its pages keeps them, and detaches the pages.  Returns
   true if F is now empty (and still pinned, for the caller); false if
   some page could not be saved (swap full), in which case that page
   keeps F and F is unpinned. */
static bool
evict (struct frame *f, bool dirty)
{
  size_t count, i;
  bool emptied = true;

  lock_acquire (&frames_lock);
  count = list_size (&f->mappings);
  lock_release (&frames_lock);

  for (i = 0; i < count; i++)
    {
      struct page *page;

      /* Off the list before the page is released: once page_save()
         returns, its owner may free it. */
      lock_acquire (&frames_lock);
      page = list_entry (list_pop_front (&f->mappings), struct page,
                         frame_elem);
      lock_release (&frames_lock);
      if (!page_save (page, f->kpage, dirty))
        emptied = false;
    }

  if (!emptied)
    {
      frame_unpin (f);
      return false;
    }
  vm_count (VM_EVICTION);
  return true;
}

/* Tests and clears the dirty bit (DIRTY_BIT) or the accessed bit of
   F's kernel alias, returning its old value. */
static bool
alias_take_bit (struct frame *f, bool dirty_bit)
{
  return (dirty_bit ? pagedir_take_dirty (init_page_dir, f->kpage)
          : pagedir_take_accessed (init_page_dir, f->kpage));
}
