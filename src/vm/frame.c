/* The frame table.

   At boot the frame table takes every page of the user pool for
   itself, so from then on it is the only allocator of user frames.
   Each frame has an entry here:

     - MAPPINGS, the reverse map: every struct page (of any process)
       whose bytes live in the frame.  A frame has several after
       fork() (copy-on-write, page.c's spt_fork()) and when pages of
       different processes find it by key (below).
     - PINS, the holders that keep the clock away: a frame being
       filled by a page fault, emptied by an eviction, or copied from
       by a copy-on-write fault, is pinned.
     - IN_USE, false while the frame is on the free list.
     - KEY, for a frame whose bytes come straight from a file and may
       be shared by any process that needs the same page of that
       file: read-only executable pages and file-mapping pages.  Such
       a frame is in the hash KEYED_FRAMES from the moment its fill
       begins until it is freed or its eviction has finished writing
       it out; a page fault looking for the same key (page.c's load())
       attaches to it instead of reading the file again.  CHANGING
       says its bytes are not settled yet (being filled, or being
       written out by an eviction); a lookup finding it so waits on
       KEY_SETTLED, so no one ever reads a file page that a write-back
       of the same page is still making current, and no file page is
       ever in two frames.  The key's inode stays valid that long
       because every page mapping the frame holds its file open, and
       the frame leaves the hash when the last one detaches.
     - The same KEY, with no inode, for a frame read back from a swap
       slot that several pages (copies made by fork()) hold: the first
       of them to fault reads the slot into a keyed frame, and the
       others attach to it instead of reading the slot again.  While
       so keyed the frame holds a share of the slot itself, so the slot
       cannot be freed and reused under the key, and it is mapped
       read-only to all (page.c's map()).  A write copies, as for any
       shared frame, while others map it or are about to; a write
       that finds the frame its own takes the key away first
       (frame_make_private()), since the bytes are then no longer the
       slot's.

   Reference counting.  A frame is free exactly when no page maps it
   and nobody pins it (release_if_unused()); the mapping list is the
   count.  Pages join a frame only by fork(), which holds the parent's
   table lock, or by key, under frames_lock; they leave by eviction,
   by page_remove()/exit, or by a copy-on-write copy.  A page of a
   frame with other mappings is mapped read-only unless it is a
   file-mapping page (page.c's map()).

   Eviction is the clock (second chance).  The hand sweeps the table;
   a frame whose accessed bit is set in any mapping or in its kernel
   alias (PHYS_BASE + its physical address, through which the kernel
   itself may touch it) has those bits cleared and is passed over; the
   first frame found unused since the last sweep is the victim.  Every
   page mapping the victim is unmapped and marked busy, and only then
   are its bytes written out, so a write by the owner during the
   write-out cannot be lost: it faults and waits instead.  The victim's
   dirty state is the OR of every mapping's dirty bit, the alias's and
   the pages' own `dirty' flags.  The bytes are written once however
   many pages map the frame (evict()): to the file for file-mapping
   pages, otherwise to one swap slot of which every page then holds a
   share (swap.c); clean bytes go nowhere.

   Synchronization.  frames_lock guards every entry's MAPPINGS, PINS,
   IN_USE, KEY and CHANGING, KEYED_FRAMES, the free list and the hand.
   It is held only for bookkeeping, never across disk I/O, and never
   while sleeping on anything else.  Lock order: a page table's lock
   (page.c) may be held when frames_lock is taken (frame_attach,
   frame_detach); while frames_lock is held, page-table locks are only
   ever *tried* (page_try_lock), so the two orders cannot deadlock.  A
   frame whose owner's table is locked is simply skipped by the clock:
   holding its own table's lock protects a process's frames from
   eviction.  A keyed lookup waits on KEY_SETTLED (giving frames_lock
   up meanwhile) holding no table lock, and what it waits for -- a
   fill or a write-out -- waits for no table lock either.

   Liveness.  If a whole sweep finds nothing to take (every frame
   pinned, or its owner busy), frame_obtain() sleeps a tick and tries
   again: pins and table locks are held only for bounded work, none of
   which waits for a frame. */

#include "vm/frame.h"
#include <debug.h>
#include <hash.h>
#include <list.h>
#include "devices/timer.h"
#include "threads/init.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "userprog/pagedir.h"
#include "vm/page.h"
#include "vm/swap.h"
#include "vm/vm.h"

/* One frame of the user pool. */
struct frame
  {
    void *kpage;                /* Its kernel alias. */
    struct list mappings;       /* struct page, through frame_elem. */
    unsigned pins;              /* Holders keeping the clock away. */
    bool in_use;                /* Not on the free list. */
    bool keyed;                 /* In KEYED_FRAMES under KEY? */
    bool changing;              /* Keyed, and being filled or emptied. */
    struct frame_key key;       /* What it holds, if KEYED. */
    struct list_elem key_elem;  /* In a bucket of KEYED_FRAMES while
                                   KEYED. */
    struct list_elem free_elem; /* In free_frames while unused. */
  };

static struct frame *frames;    /* The table, one entry per frame. */
static size_t frame_cnt;        /* Entries in FRAMES. */
static struct list free_frames; /* Entries not in use. */
static size_t hand;             /* The clock's next candidate. */
static struct lock frames_lock; /* See the top of the file. */
static struct list *keyed_frames;       /* Keyed frames, hashed by key
                                           into KEY_BUCKET_CNT lists. */
static size_t key_bucket_cnt;
static struct condition key_settled;    /* A keyed frame stopped
                                           CHANGING, or left the hash. */

static struct frame *take_free_frame (void);
static struct frame *choose_victim (bool *dirty);
static bool evict (struct frame *, bool dirty);
static void release_if_unused (struct frame *);
static bool alias_take_bit (struct frame *, bool dirty_bit);
static struct frame *find_keyed (const struct frame_key *);
static void unkey (struct frame *);
static bool swap_keyed (const struct frame *);

/* Returns the bucket of KEYED_FRAMES where KEY's frame would be.  The
   table is a fixed array of lists, sized at boot, so that entering a
   frame never allocates (and the leak check sees no heap move). */
static struct list *
key_bucket (const struct frame_key *key)
{
  unsigned h = hash_bytes (&key->inode, sizeof key->inode);

  h ^= hash_int (key->index) ^ hash_int (key->extent + 31 * key->kind);
  return &keyed_frames[h % key_bucket_cnt];
}

/* True if keys A and B name the same bytes. */
static bool
key_equal (const struct frame_key *a, const struct frame_key *b)
{
  return (a->inode == b->inode && a->kind == b->kind
          && a->index == b->index && a->extent == b->extent);
}

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
  cond_init (&key_settled);
  list_init (&free_frames);
  frame_cnt = palloc_count_free (PAL_USER);
  if (frame_cnt == 0)
    return;

  base = palloc_get_multiple (PAL_USER, frame_cnt);
  frames = calloc (frame_cnt, sizeof *frames);
  key_bucket_cnt = frame_cnt / 4 + 1;
  keyed_frames = malloc (key_bucket_cnt * sizeof *keyed_frames);
  if (base == NULL || frames == NULL || keyed_frames == NULL)
    PANIC ("cannot set up a frame table of %zu frames", frame_cnt);
  for (i = 0; i < key_bucket_cnt; i++)
    list_init (&keyed_frames[i]);
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
   it alone to give it back.  Returns null if swap is full and no
   victim could be found whose bytes need no slot: with swap full a
   dirty victim is passed over, and the clock goes on looking for a
   clean one (text, a file page not written) for as many victims as
   there are frames.  Must not be called with a page table's lock
   held: the victim may be one of its pages. */
struct frame *
frame_obtain (void)
{
  size_t passed_over = 0;

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
        {
          if (++passed_over >= frame_cnt)
            return NULL;
          continue;
        }

      /* Whatever the alias recorded belonged to the previous owner. */
      alias_take_bit (f, true);
      alias_take_bit (f, false);
      return f;
    }
}

/* Returns the frame holding the bytes KEY names, pinned, and sets
   *FOUND, if some process has it; the caller attaches its page and
   unpins it.  Otherwise returns a frame as frame_obtain() does, but
   already entered under KEY and marked as being filled, and clears
   *FOUND: the caller fills it, says so with frame_fill_done(), then
   attaches and unpins as usual.  Anyone asking for KEY meanwhile waits
   for the fill.  Returns null if no frame could be had.  Same rules as
   frame_obtain() about locks held. */
struct frame *
frame_obtain_keyed (const struct frame_key *key, bool *found)
{
  for (;;)
    {
      struct frame *f;

      lock_acquire (&frames_lock);
      while ((f = find_keyed (key)) != NULL && f->changing)
        cond_wait (&key_settled, &frames_lock);
      if (f != NULL)
        f->pins++;
      lock_release (&frames_lock);
      if (f != NULL)
        {
          *found = true;
          return f;
        }

      f = frame_obtain ();
      if (f == NULL)
        return NULL;

      /* The search above and this entry are two critical sections, so
         another fault may have entered KEY in between: then ours goes
         back and we use theirs. */
      lock_acquire (&frames_lock);
      if (find_keyed (key) == NULL)
        {
          if (key->inode == NULL)
            swap_hold (key->index);
          f->key = *key;
          f->keyed = f->changing = true;
          list_push_back (key_bucket (key), &f->key_elem);
          lock_release (&frames_lock);
          *found = false;
          return f;
        }
      lock_release (&frames_lock);
      frame_unpin (f);
    }
}

/* Ends the fill of keyed frame F, begun by frame_obtain_keyed(), and
   lets waiting lookups have it -- or, if it could not be FILLED,
   withdraws its key, so they read the file themselves. */
void
frame_fill_done (struct frame *f, bool filled)
{
  lock_acquire (&frames_lock);
  ASSERT (f->keyed && f->changing);
  f->changing = false;
  if (!filled)
    unkey (f);
  cond_broadcast (&key_settled, &frames_lock);
  lock_release (&frames_lock);
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

/* Pins F, which the caller knows to be in use (a page of its locked
   table maps it), so that its bytes stay while the table is unlocked:
   copy-on-write copies from it. */
void
frame_pin (struct frame *f)
{
  lock_acquire (&frames_lock);
  ASSERT (f->in_use);
  f->pins++;
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

/* True if a page of F may be mapped writable as far as sharing goes:
   no other page maps F, and F is not keyed by a swap slot (another
   holder of the slot may attach to it at any time).  The caller holds
   the table lock of the page mapping F; the answer holds until that
   page changes, for pages join an unkeyed anonymous frame only through
   fork() of that table's process, and file-keyed frames are read-only
   or file pages, which ask only for the record. */
bool
frame_is_private (struct frame *f)
{
  bool alone;

  lock_acquire (&frames_lock);
  alone = list_size (&f->mappings) == 1 && !swap_keyed (f);
  lock_release (&frames_lock);
  return alone;
}

/* Called for the one page that is about to write F, which it maps
   read-only.  Returns true, and makes F private (see above) by taking
   away its swap-slot key, if no other page maps F and none is about to
   attach to it: a lookup that found F by its key pins it until it has
   attached, so a swap-keyed F that is pinned is not the writer's
   alone.  Once the key is gone nobody can find F, and the bytes are
   the writer's, not the slot's: the others holding the slot read it
   themselves.  Returns false if the writer needs a copy.  Same caller
   rules as frame_is_private(), so F is neither being filled nor
   evicted. */
bool
frame_make_private (struct frame *f)
{
  bool alone;

  lock_acquire (&frames_lock);
  alone = (list_size (&f->mappings) == 1
           && (!swap_keyed (f) || f->pins == 0));
  if (alone && swap_keyed (f))
    unkey (f);
  lock_release (&frames_lock);
  return alone;
}

/* Takes the dirty bits of every mapping of F except PAGE's (see
   page_take_dirty()) and returns true if any was set: PAGE, a file
   page about to leave F, writes the bytes back for all of them
   (page.c's discard()).  The caller holds PAGE's table lock, so F
   cannot be evicted meanwhile. */
bool
frame_others_dirty (struct frame *f, struct page *page)
{
  struct list_elem *e;
  bool dirty = false;

  lock_acquire (&frames_lock);
  for (e = list_begin (&f->mappings); e != list_end (&f->mappings);
       e = list_next (e))
    {
      struct page *other = list_entry (e, struct page, frame_elem);

      if (other != page && page_take_dirty (other))
        dirty = true;
    }
  lock_release (&frames_lock);
  return dirty;
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
      if (f->keyed)
        unkey (f);
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

/* True if a page of F's mappings before STOP belongs to the same
   table as the page at STOP.  One process may map a frame twice (the
   same file page mapped at two addresses); its table is locked once. */
static bool
owner_seen (struct frame *f, struct list_elem *stop)
{
  struct spt *spt = list_entry (stop, struct page, frame_elem)->spt;
  struct list_elem *e;

  for (e = list_begin (&f->mappings); e != stop; e = list_next (e))
    if (list_entry (e, struct page, frame_elem)->spt == spt)
      return true;
  return false;
}

/* Unlocks the tables of F's mappings from the first up to STOP. */
static void
unlock_owners (struct frame *f, struct list_elem *stop)
{
  struct list_elem *e;

  for (e = list_begin (&f->mappings); e != stop; e = list_next (e))
    if (!owner_seen (f, e))
      page_unlock (list_entry (e, struct page, frame_elem));
}

/* Tries to make F the victim: locks the table of every page mapping
   it (giving up if any is busy), unmaps them all, and pins F; a keyed
   F is marked CHANGING, so nobody attaches to it while it is written
   out.  Stores in *DIRTY whether F's bytes differ from their backing
   copy.  Caller holds frames_lock. */
static bool
claim (struct frame *f, bool *dirty)
{
  struct list_elem *e;

  for (e = list_begin (&f->mappings); e != list_end (&f->mappings);
       e = list_next (e))
    if (!owner_seen (f, e)
        && !page_try_lock (list_entry (e, struct page, frame_elem)))
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
  f->changing = f->keyed;
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

/* Empties victim F, pinned and unmapped by claim(): if DIRTY, writes
   its bytes out once for all its pages -- every page of a frame keeps
   its bytes the same way (page_write_out()), so the first page speaks
   for all, and a swap slot gets one holder per page -- then detaches
   the pages, telling each where its bytes are now.  Nobody can join F
   meanwhile: its pages are busy, and a keyed F is CHANGING.  Returns
   true if F is now empty (and still pinned, for the caller); false if
   the bytes could not be saved (swap full), in which case every page
   keeps F, unmapped, and F is unpinned.

   A page that keeps F never leaves its list, not even for a moment:
   once the first of them is released its owner may fault and ask
   whether F is shared (page.c's map()), and a list missing the pages
   not yet released would say no, letting it map copy-on-write bytes
   writable. */
static bool
evict (struct frame *f, bool dirty)
{
  swap_slot_t slot = SWAP_NONE;
  struct list_elem *next;
  struct page *first;
  size_t count, i;
  bool saved = true;

  lock_acquire (&frames_lock);
  count = list_size (&f->mappings);
  next = list_begin (&f->mappings);
  first = list_entry (next, struct page, frame_elem);
  lock_release (&frames_lock);

  if (dirty)
    saved = page_write_out (first, f->kpage, &slot);
  if (slot != SWAP_NONE)
    for (i = 1; i < count; i++)
      swap_hold (slot);

  /* The COUNT pages are still the first on the list, busy, in order:
     released pages may leave it and new ones join only at its end.  A
     page leaving is taken off the list before it is released, since
     its owner may free it once page_evicted() returns; the next page
     is found while the current one is still busy, for the same
     reason. */
  for (i = 0; i < count; i++)
    {
      struct page *page;

      lock_acquire (&frames_lock);
      page = list_entry (next, struct page, frame_elem);
      next = list_next (next);
      if (saved)
        list_remove (&page->frame_elem);
      lock_release (&frames_lock);
      page_evicted (page, slot, saved);
    }

  lock_acquire (&frames_lock);
  if (f->keyed)
    {
      if (saved)
        unkey (f);
      f->changing = false;
      cond_broadcast (&key_settled, &frames_lock);
    }
  lock_release (&frames_lock);

  if (!saved)
    {
      frame_unpin (f);
      return false;
    }
  vm_count (VM_EVICTION);
  return true;
}

/* True if F is keyed by a swap slot.  Caller holds frames_lock. */
static bool
swap_keyed (const struct frame *f)
{
  return f->keyed && f->key.inode == NULL;
}

/* Returns the keyed frame holding KEY, or null.  Caller holds
   frames_lock. */
static struct frame *
find_keyed (const struct frame_key *key)
{
  struct list *bucket = key_bucket (key);
  struct list_elem *e;

  for (e = list_begin (bucket); e != list_end (bucket); e = list_next (e))
    {
      struct frame *f = list_entry (e, struct frame, key_elem);

      if (key_equal (&f->key, key))
        return f;
    }
  return NULL;
}

/* Takes F out of KEYED_FRAMES: from now on a fault for its key reads
   the file, or the swap slot, whose share F gives back.  Caller holds
   frames_lock. */
static void
unkey (struct frame *f)
{
  ASSERT (f->keyed);
  if (swap_keyed (f))
    swap_free (f->key.index);
  list_remove (&f->key_elem);
  f->keyed = false;
  cond_broadcast (&key_settled, &frames_lock);
}

/* Tests and clears the dirty bit (DIRTY_BIT) or the accessed bit of
   F's kernel alias, returning its old value. */
static bool
alias_take_bit (struct frame *f, bool dirty_bit)
{
  return (dirty_bit ? pagedir_take_dirty (init_page_dir, f->kpage)
          : pagedir_take_accessed (init_page_dir, f->kpage));
}
