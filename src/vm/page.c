/* Supplemental page tables.

   Every process has one (struct spt, in its struct process): a hash
   of struct page keyed by user page number, holding one entry for
   every page the process may touch, except the heap's.  A page is
   added when the executable is loaded (PAGE_PROGRAM, or PAGE_ZERO for
   a page wholly in the BSS), when the stack is set up or grows
   (PAGE_ZERO) and when a file is mapped (PAGE_FILE), and is removed
   by munmap(), by a shrinking heap or at exit.  Heap pages, below the
   break that sbrk() moves (vm/heap.c), get their PAGE_ZERO entry only
   when first touched, so a heap costs nothing until it is used.  An
   entry says what the page holds before first touch (its kind and
   source) and where its bytes are now (its place): see page.h.

   The zero page.  Reading a PAGE_ZERO page that was never written
   needs no frame: it is mapped read-only to zero_page, one page of
   zeros shared by every such mapping in the system (PLACE_ZERO_PAGE).
   The first write to it faults again, and only then does the page
   get a frame of its own.  zero_page is not in the frame table, so
   the clock never sees it, and nothing ever writes it.

   The page-fault path, from userprog/exception.c:

     page_fault_in()        find the page, or make a heap page, or
                            grow the stack
       zero_fault()         a PAGE_ZERO page never written: a read
                            maps the zero page, a write goes on to
       load()               pin a frame, fill it, map it
         frame_obtain()     a free frame, or a victim's (frame.c)
         fill()             zeros, swap_read(), program_read_page()
                            or mmap_read_page()

   and eviction, from frame.c: page_unmap_for_eviction() takes the
   page out of the page directory, page_write_out() puts the frame's
   bytes where its kind says (dirty anonymous bytes to swap, dirty
   mapped bytes to the file, clean bytes nowhere: they can be made
   again), once for all the pages of a shared frame, and
   page_evicted() tells each page where they went.

   Sharing.  A frame may hold the bytes of several pages:
     - after fork() (spt_fork()), the child's pages join the parent's
       frames and swap slots.  Anonymous and writable program pages
       are then copy-on-write: map() makes a page's entry writable
       only if no other page maps its frame, so a write faults, and
       resolve_in_frame() either copies the frame for the writer
       (copy_on_write()) or, if the others have gone meanwhile, just
       makes the entry writable.  File-mapping pages stay shared and
       writable, as Unix shared mappings are;
     - read-only executable pages and file-mapping pages of any
       process are looked up by key (share_key()) before a frame is
       filled for them, so the text of one executable, and a page of
       one file, are in memory once.
     - a page in a swap slot that other pages hold too is looked up
       by the slot, the same way: the first of them to fault reads the
       slot, the others attach to that frame.  Such a frame stays
       read-only to all while it is keyed by the slot; the first write
       either copies it (others map it) or takes the key away and
       keeps it (frame_make_private()).

   Invariants, for a page P:
     - P.place == PLACE_FRAME exactly when P is on P.frame's mapping
       list; its PTE is present only then (but may be absent then too,
       after an eviction that had to give the frame back).
     - P.place == PLACE_SWAP exactly when P holds a share of swap
       slot P.slot.
     - P.place == PLACE_ZERO_PAGE: P is PAGE_ZERO, has neither frame
       nor slot, and its PTE, if present, maps zero_page read-only.
     - P.dirty: the frame holds bytes that its backing copy does not.
       A page read back from swap is dirty at once, since its slot is
       freed as it comes back.
     - P.busy: a thread is moving P's bytes with the table unlocked;
       nobody else may change P, and whoever needs it waits on the
       table's `settled' condition.

   Synchronization.  A table's lock guards its hash and every field of
   its pages except frame_elem (frames_lock, frame.c).  It is taken by
   the owning process (faults, mmap, munmap, exit) and by evicting
   threads, which only try it (page_try_lock) while they hold
   frames_lock.  It is not held across the disk I/O of a fault or an
   eviction -- the page is marked busy instead, so faults of
   different processes, and evictions of their pages, proceed in
   parallel -- but munmap() and exit hold their own table's lock while
   writing mapped pages back, which keeps evictors off that process's
   frames and delays nobody else.  Lock order: a table's lock, then
   frames_lock, then the swap and file-system locks.  One table lock is
   waited for while another is held, by spt_fork(): the child's, taken
   inside the parent's; nobody else ever waits for the child's (it is
   new, and evictors only try locks), so no cycle can form. */

#include "vm/page.h"
#include <debug.h>
#include <string.h>
#include "filesys/file.h"
#include "threads/malloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/load.h"
#include "userprog/pagedir.h"
#include "userprog/process.h"
#include "vm/frame.h"
#include "vm/mmap.h"
#include "vm/vm.h"

/* A push may fault this far below the stack pointer (PUSHA stores
   32 bytes below it before moving it). */
#define STACK_SLACK 32

/* The shared zero page (see the top of the file).  It lies in the
   kernel's BSS, which start-up clears, in a page of its own so that
   mapping it shows the user nothing else of the kernel. */
static uint8_t zero_page[PGSIZE] __attribute__ ((aligned (PGSIZE)));

static unsigned
page_hash (const struct hash_elem *e, void *aux UNUSED)
{
  return hash_int (pg_no (hash_entry (e, struct page, table_elem)->upage));
}

static bool
page_less (const struct hash_elem *a, const struct hash_elem *b,
           void *aux UNUSED)
{
  return (hash_entry (a, struct page, table_elem)->upage
          < hash_entry (b, struct page, table_elem)->upage);
}

/* Initializes SPT, empty, for the process whose page directory is PD.
   Returns false if out of memory.  Until this succeeds SPT's PD is
   null, which tells everyone the process has no table to consult or
   destroy. */
bool
spt_init (struct spt *spt, uint32_t *pd)
{
  lock_init (&spt->lock);
  cond_init (&spt->settled);
  if (!hash_init (&spt->pages, page_hash, page_less, NULL))
    return false;
  spt->pd = pd;
  return true;
}

/* Returns the page of SPT containing UADDR, or null.  Caller holds
   SPT's lock. */
static struct page *
find (struct spt *spt, const void *uaddr)
{
  struct page key;
  struct hash_elem *e;

  key.upage = pg_round_down (uaddr);
  e = hash_find (&spt->pages, &key.table_elem);
  return e != NULL ? hash_entry (e, struct page, table_elem) : NULL;
}

/* Adds a page of KIND at UPAGE to SPT and returns it, or returns null
   if out of memory.  UPAGE must be free.  Caller holds SPT's lock. */
static struct page *
create (struct spt *spt, void *upage, enum page_kind kind, void *source,
        bool writable)
{
  struct page *page = malloc (sizeof *page);

  if (page == NULL)
    return NULL;
  page->spt = spt;
  page->upage = pg_round_down (upage);
  page->source = source;
  page->frame = NULL;
  page->slot = SWAP_NONE;
  page->kind = kind;
  page->place = PLACE_ORIGIN;
  page->writable = writable;
  page->dirty = false;
  page->busy = false;
  hash_insert (&spt->pages, &page->table_elem);
  return page;
}

/* Waits until nobody is moving PAGE's bytes.  Caller holds the lock of
   PAGE's table, which the wait gives up for a while. */
static void
wait_until_settled (struct page *page)
{
  while (page->busy)
    cond_wait (&page->spt->settled, &page->spt->lock);
}

/* Ends a busy period of PAGE and wakes whoever waits for it.  Caller
   holds the lock of PAGE's table. */
static void
settle (struct page *page)
{
  page->busy = false;
  cond_broadcast (&page->spt->settled, &page->spt->lock);
}

/* Removes PAGE from its page directory, and returns whether the CPU
   marked it dirty there.  The present bit goes first, so that no write
   can slip in after the dirty bit has been read. */
static bool
unmap (struct page *page)
{
  pagedir_clear_page (page->spt->pd, page->upage);
  return pagedir_take_dirty (page->spt->pd, page->upage);
}

/* Maps PAGE, which is in a frame and not mapped, in its page
   directory: writable if the user may write it and either it is a
   file-mapping page (those share their frames writable) or its frame
   is private (copy-on-write: no other page maps it, and no swap slot
   keys it).  Returns false if no page table could be allocated. */
static bool
map (struct page *page)
{
  bool rw = page->writable && (page->kind == PAGE_FILE
                               || frame_is_private (page->frame));

  return pagedir_set_page (page->spt->pd, page->upage,
                           frame_kpage (page->frame), rw);
}

/* Maps PAGE again, which is in a frame and may be mapped, so that
   map()'s rule is applied afresh.  The old entry's dirty bit goes into
   PAGE's `dirty' first: the new entry starts clean. */
static bool
remap (struct page *page)
{
  if (unmap (page))
    page->dirty = true;
  return map (page);
}

/* Writes the bytes at KPAGE of file page PAGE back to its file. */
static void
write_back (struct page *page, const void *kpage)
{
  mmap_write_page (page->source, page->upage, kpage);
  vm_count (VM_FILE_WRITE);
}

/* Frees PAGE, writing a changed file page back first, along with its
   frame or swap slot.  PAGE is no longer in its table's hash.  Caller
   holds the table's lock. */
static void
discard (struct page *page)
{
  wait_until_settled (page);
  if (page->place == PLACE_FRAME)
    {
      bool dirty = unmap (page) | page->dirty;

      /* A file page writes back for every page of its frame (others
         may still map it, writable): the file is current when any of
         them unmaps, and each change is written once. */
      if (page->kind == PAGE_FILE)
        {
          dirty |= frame_alias_take_dirty (page->frame);
          dirty |= frame_others_dirty (page->frame, page);
          if (dirty)
            write_back (page, frame_kpage (page->frame));
        }
      frame_detach (page->frame, page);
    }
  else if (page->place == PLACE_SWAP)
    swap_free (page->slot);
  else if (page->place == PLACE_ZERO_PAGE)
    pagedir_clear_page (page->spt->pd, page->upage);
  free (page);
}

/* hash_action_func for spt_destroy(). */
static void
discard_elem (struct hash_elem *e, void *aux UNUSED)
{
  discard (hash_entry (e, struct page, table_elem));
}

/* Frees every page of SPT, with its frame or swap slot; file pages
   are expected to be gone already (mmap_unmap_all()).  The page
   directory must still exist: its entries are cleared here. */
void
spt_destroy (struct spt *spt)
{
  lock_acquire (&spt->lock);
  hash_destroy (&spt->pages, discard_elem);
  lock_release (&spt->lock);
}

/* Adds a page of KIND at UPAGE to SPT, to be filled from SOURCE on
   first touch (see enum page_kind), writable by the user if WRITABLE.
   Returns false if UPAGE is already in SPT or memory is short. */
bool
page_add (struct spt *spt, void *upage, enum page_kind kind, void *source,
          bool writable)
{
  bool added;

  lock_acquire (&spt->lock);
  added = find (spt, upage) == NULL
          && create (spt, upage, kind, source, writable) != NULL;
  lock_release (&spt->lock);
  return added;
}

/* True if SPT is the running process's table and UADDR lies in a page
   of its heap: from heap_start up to the page holding the last byte
   below the break.  Such a page is the process's whether or not it has
   an entry yet. */
static bool
in_heap (struct spt *spt, const void *uaddr)
{
  struct process *p = thread_current ()->process;
  const uint8_t *upage = pg_round_down (uaddr);

  return (p != NULL && &p->spt == spt
          && upage >= p->heap_start && upage < p->brk);
}

/* True if the page containing UADDR belongs to SPT's process: it is
   in SPT, or in the heap of the running process, whose table SPT is. */
bool
page_exists (struct spt *spt, const void *uaddr)
{
  bool exists;

  lock_acquire (&spt->lock);
  exists = find (spt, uaddr) != NULL || in_heap (spt, uaddr);
  lock_release (&spt->lock);
  return exists;
}

/* True if the page containing UADDR belongs to SPT's process (as
   page_exists() says) and the user may write it.  Asks the table, not
   the CPU, so it has no side effects. */
bool
page_is_writable (struct spt *spt, const void *uaddr)
{
  struct page *page;
  bool writable;

  lock_acquire (&spt->lock);
  page = find (spt, uaddr);
  writable = page != NULL ? page->writable : in_heap (spt, uaddr);
  lock_release (&spt->lock);
  return writable;
}

/* Removes the page at UPAGE from SPT, if it is there, writing its
   bytes back first if it is a changed file page. */
void
page_remove (struct spt *spt, void *upage)
{
  struct page *page;

  lock_acquire (&spt->lock);
  page = find (spt, upage);
  if (page != NULL)
    {
      hash_delete (&spt->pages, &page->table_elem);
      discard (page);
    }
  lock_release (&spt->lock);
}

/* Most pages page_remove_range() gathers in one walk of a table. */
#define GATHER_MAX 64

/* Takes out of SPT, and frees, up to GATHER_MAX of its pages that lie
   in [LO, HI); returns how many.  The pages are gathered in one walk
   of the hash and freed after it, since freeing while walking would
   upset the walk.  Caller holds SPT's lock. */
static size_t
gather_and_discard (struct spt *spt, const uint8_t *lo, const uint8_t *hi)
{
  struct page *gathered[GATHER_MAX];
  struct hash_iterator it;
  size_t cnt = 0, i;

  hash_first (&it, &spt->pages);
  while (cnt < GATHER_MAX && hash_next (&it))
    {
      struct page *page = hash_entry (hash_cur (&it), struct page,
                                      table_elem);

      if (page->upage >= lo && page->upage < hi)
        gathered[cnt++] = page;
    }
  for (i = 0; i < cnt; i++)
    {
      hash_delete (&spt->pages, &gathered[i]->table_elem);
      discard (gathered[i]);
    }
  return cnt;
}

/* Removes every page of SPT in [LO, HI), both page aligned, with its
   frame or swap slot; the range holds no file pages.  A shrinking
   heap calls it, and may give up a range far larger than the pages
   ever touched in it: then walking the table beats looking up every
   address of the range. */
void
page_remove_range (struct spt *spt, void *lo, void *hi)
{
  uint8_t *upage;

  ASSERT (pg_ofs (lo) == 0 && pg_ofs (hi) == 0 && lo <= hi);

  lock_acquire (&spt->lock);
  if (((uintptr_t) hi - (uintptr_t) lo) / PGSIZE > hash_size (&spt->pages))
    while (gather_and_discard (spt, lo, hi) == GATHER_MAX)
      continue;
  else
    for (upage = lo; upage < (uint8_t *) hi; upage += PGSIZE)
      {
        struct page *page = find (spt, upage);

        if (page != NULL)
          {
            hash_delete (&spt->pages, &page->table_elem);
            discard (page);
          }
      }
  lock_release (&spt->lock);
}

/* True if a fault at ADDR, with the user stack pointer at ESP, is the
   stack growing: at most STACK_SLACK bytes below ESP, and inside the
   stack region above its guard page. */
static bool
stack_may_grow (const void *addr, const void *esp)
{
  uintptr_t a = (uintptr_t) addr;

  return (a >= (uintptr_t) STACK_GUARD + PGSIZE && a < (uintptr_t) PHYS_BASE
          && a + STACK_SLACK >= (uintptr_t) esp);
}

/* True if a new stack page holding ADDR would keep at least a page of
   distance from the heap and from file mappings.  While neither may
   enter the stack region this always holds; it is asked anyway so that
   the guard does not depend on every other rule of the layout.  Caller
   holds SPT's lock. */
static bool
stack_has_room (struct spt *spt, const void *addr)
{
  const uint8_t *below = (const uint8_t *) pg_round_down (addr) - PGSIZE;
  struct page *page = find (spt, below);

  return !in_heap (spt, below) && (page == NULL || page->kind != PAGE_FILE);
}

/* True if the running process's fault at FAULT_ADDR, with user stack
   pointer ESP, which page_fault_in() did not resolve, was its stack
   overflowing: a touch of the guard page, or stack growth refused for
   want of room (stack_has_room()). */
bool
page_stack_overflow (const void *fault_addr, const void *esp)
{
  struct process *p = thread_current ()->process;
  const uint8_t *addr = fault_addr;
  bool overflow;

  if (p == NULL || p->spt.pd == NULL)
    return false;
  if (addr >= STACK_GUARD && addr < STACK_GUARD + PGSIZE)
    return true;
  if (!stack_may_grow (addr, esp))
    return false;
  lock_acquire (&p->spt.lock);
  overflow = (find (&p->spt, addr) == NULL
              && !stack_has_room (&p->spt, addr));
  lock_release (&p->spt.lock);
  return overflow;
}

/* Puts PAGE's bytes into FRAME: from swap if they are there, else
   made from its kind.  Returns false if a file came up short.  PAGE
   is busy, so its fields hold still without the table's lock. */
static bool
fill (struct page *page, struct frame *frame)
{
  void *kpage = frame_kpage (frame);
  bool ok = true;

  if (page->place == PLACE_SWAP)
    swap_read (page->slot, kpage);
  else if (page->kind == PAGE_ZERO)
    memset (kpage, 0, PGSIZE);
  else
    {
      /* A page of the BSS alone comes from no file. */
      int from_file = (page->kind == PAGE_PROGRAM
                       ? program_read_page (page->source, page->upage, kpage)
                       : mmap_read_page (page->source, page->upage, kpage));

      ok = from_file >= 0;
      if (from_file > 0)
        vm_count (VM_FILE_READ);
    }

  /* Filling wrote through the alias; that is not a change. */
  frame_alias_take_dirty (frame);
  return ok;
}

/* Stores in *KEY what names PAGE's bytes for every process, and
   returns true, if PAGE may share a frame by key (see frame.c):

     - a read-only executable page, keyed by the executable's inode and
       the user address.  One executable puts the same bytes at the
       same address in every process that runs it (it is static, and
       cannot be written while running), so the address stands for the
       file offsets of every segment reaching the page;
     - a file-mapping page, keyed by inode and file offset, and by how
       many file bytes the page holds: two mappings made while the file
       had different lengths disagree about the tail of the last page,
       and do not share it;
     - a page in a swap slot that other pages hold too (copies made by
       fork()), keyed by the slot: see frame.c.

   PAGE is in its origin place or in swap; its fields hold still
   (busy, or its table locked). */
static bool
share_key (const struct page *page, struct frame_key *key)
{
  key->kind = page->kind;
  if (page->place == PLACE_SWAP)
    {
      if (!swap_is_shared (page->slot))
        return false;
      key->inode = NULL;
      key->index = page->slot;
      key->extent = 0;
      return true;
    }
  if (page->kind == PAGE_PROGRAM && !page->writable)
    {
      key->inode = file_get_inode (program_file (page->source));
      key->index = (uintptr_t) page->upage;
      key->extent = 0;
      return true;
    }
  if (page->kind == PAGE_FILE)
    {
      mmap_page_key (page->source, page->upage, key);
      return true;
    }
  return false;
}

/* Obtains a frame holding PAGE's bytes, which is busy and in no
   frame, and stores it in *FRAME (null if no frame could be had):
   an existing frame for its key, or a new one filled by fill().
   Returns false if there is no frame or the fill failed; *FRAME,
   if not null, is pinned either way.  Holds no lock. */
static bool
obtain_filled (struct page *page, struct frame **frame)
{
  struct frame_key key;
  bool found, ok;

  if (!share_key (page, &key))
    {
      *frame = frame_obtain ();
      return *frame != NULL && fill (page, *frame);
    }

  *frame = frame_obtain_keyed (&key, &found);
  if (*frame == NULL)
    return false;
  if (found)
    {
      if (key.inode != NULL && page->kind == PAGE_PROGRAM)
        vm_count (VM_SHARED_TEXT);
      return true;
    }
  ok = fill (page, *frame);
  frame_fill_done (*frame, ok);
  return ok;
}

/* Brings PAGE, which is in no frame, into one and maps it.  Returns
   false if no frame could be had (swap full), its file came up short,
   or no page table could be allocated.  Caller holds the table's lock,
   which is released during the work. */
static bool
load (struct page *page)
{
  struct spt *spt = page->spt;
  struct frame *frame;
  bool ok;

  page->busy = true;
  lock_release (&spt->lock);
  ok = obtain_filled (page, &frame);
  lock_acquire (&spt->lock);

  if (ok)
    {
      if (page->place == PLACE_SWAP)
        {
          swap_free (page->slot);
          page->slot = SWAP_NONE;
          page->dirty = true;
        }
      page->place = PLACE_FRAME;
      page->frame = frame;
      frame_attach (frame, page);
      ok = map (page);
    }
  settle (page);
  if (frame != NULL)
    frame_unpin (frame);
  return ok;
}

/* Returns a new frame, pinned, holding a copy of the bytes of frame
   FROM, or null if no frame could be had.  FROM must be pinned by the
   caller, who holds no table lock: obtaining the frame may evict. */
static struct frame *
copy_of_frame (struct frame *from)
{
  struct frame *own = frame_obtain ();

  if (own != NULL)
    {
      memcpy (frame_kpage (own), frame_kpage (from), PGSIZE);
      frame_alias_take_dirty (own);
    }
  return own;
}

/* Gives PAGE, busy in its shared frame, a frame of its own with a copy
   of the bytes, and maps it writable.  Returns false if no frame could
   be had (PAGE then keeps the shared frame, read-only) or no page table
   could be allocated.  Caller holds the table's lock, which is
   released during the copy; the shared frame is pinned meanwhile, so
   the bytes hold still (nobody may write a shared anonymous frame). */
static bool
copy_on_write (struct page *page)
{
  struct spt *spt = page->spt;
  struct frame *shared = page->frame;
  struct frame *own;
  bool ok = false;

  frame_pin (shared);
  lock_release (&spt->lock);
  own = copy_of_frame (shared);
  lock_acquire (&spt->lock);

  if (own != NULL)
    {
      vm_count (VM_COW_COPY);
      if (unmap (page))
        page->dirty = true;
      frame_detach (shared, page);
      page->frame = own;
      frame_attach (own, page);
      ok = map (page);
      frame_unpin (own);
    }
  frame_unpin (shared);
  return ok;
}

/* Resolves a fault on PAGE, which is in a frame: a write (if WRITE) to
   a page mapped read-only because its frame is shared copies the frame
   if others still map it, and otherwise just makes the entry writable;
   either way it counts as a copy-on-write fault.  A page whose entry is
   gone (an eviction gave the frame back) is simply mapped again.
   Caller holds the table's lock; PAGE is settled. */
static bool
resolve_in_frame (struct page *page, bool write)
{
  bool present = pagedir_get_page (page->spt->pd, page->upage) != NULL;
  bool ok;

  if (!write || page->kind == PAGE_FILE)
    return present || map (page);
  if (present && pagedir_is_writable (page->spt->pd, page->upage))
    return true;
  if (frame_make_private (page->frame))
    {
      if (present)
        vm_count (VM_COW_FAULT);
      return remap (page);
    }

  vm_count (VM_COW_FAULT);
  page->busy = true;
  ok = copy_on_write (page);
  settle (page);
  return ok;
}

/* Maps PAGE, a PAGE_ZERO page never written, read-only to the zero
   page.  Returns false if no page table could be allocated. */
static bool
map_zero_page (struct page *page)
{
  if (!pagedir_set_page (page->spt->pd, page->upage, zero_page, false))
    return false;
  page->place = PLACE_ZERO_PAGE;
  vm_count (VM_ZERO_MAP);
  return true;
}

/* Resolves a fault on PAGE, a PAGE_ZERO page never written (so at
   PLACE_ORIGIN or PLACE_ZERO_PAGE): a read needs no frame and maps
   the zero page; a write gets PAGE a zeroed frame of its own, which
   for a page reading the zero page is a copy-on-write copy.  Caller
   holds the table's lock, which load() releases for a while. */
static bool
zero_fault (struct page *page, bool write)
{
  if (!write)
    return map_zero_page (page);
  if (page->place == PLACE_ZERO_PAGE)
    {
      pagedir_clear_page (page->spt->pd, page->upage);
      page->place = PLACE_ORIGIN;
      vm_count (VM_COW_FAULT);
      vm_count (VM_COW_COPY);
    }
  return load (page);
}

/* The page-fault handler's question: can the running process's fault
   at FAULT_ADDR (a write if WRITE), with user stack pointer ESP, be
   resolved?  If so resolves it -- grows the stack, gives a heap page
   its entry, maps the zero page, or brings the page in -- and returns
   true, so the faulting instruction may run again.  The page may be
   present already, read-only, when the fault is a write.
   Returns false for an access the process may not make, and when the
   page cannot be brought in (out of memory or swap): the caller kills
   the process. */
bool
page_fault_in (void *fault_addr, bool write, const void *esp)
{
  struct process *p = thread_current ()->process;
  struct spt *spt;
  struct page *page;
  bool ok;

  vm_count (VM_PAGE_FAULT);
  if (p == NULL || p->spt.pd == NULL || !is_user_vaddr (fault_addr))
    return false;
  spt = &p->spt;

  lock_acquire (&spt->lock);
  page = find (spt, fault_addr);
  if (page == NULL
      && (in_heap (spt, fault_addr)
          || (stack_may_grow (fault_addr, esp)
              && stack_has_room (spt, fault_addr))))
    page = create (spt, fault_addr, PAGE_ZERO, NULL, true);
  if (page == NULL || (write && !page->writable))
    ok = false;
  else
    {
      wait_until_settled (page);
      if (page->place == PLACE_FRAME)
        ok = resolve_in_frame (page, write);
      else if (page->kind == PAGE_ZERO && page->place != PLACE_SWAP)
        ok = zero_fault (page, write);
      else
        ok = load (page);
    }
  lock_release (&spt->lock);
  return ok;
}

/* Tries to lock PAGE's table for frame.c, which holds frames_lock and
   so may not wait.  Fails if the caller already holds it. */
bool
page_try_lock (struct page *page)
{
  struct lock *lock = &page->spt->lock;

  return !lock_held_by_current_thread (lock) && lock_try_acquire (lock);
}

/* Unlocks PAGE's table, locked by page_try_lock(). */
void
page_unlock (struct page *page)
{
  lock_release (&page->spt->lock);
}

/* Tests and clears the accessed bit of PAGE's mapping.  Called by the
   clock with frames_lock held, which keeps PAGE and its page
   directory alive; the bit is changed atomically, so the table's lock
   is not needed. */
bool
page_recently_used (struct page *page)
{
  return pagedir_take_accessed (page->spt->pd, page->upage);
}

/* Starts evicting PAGE, which is in a frame: unmaps it and marks it
   busy.  Returns whether its bytes differ from their backing copy as
   far as the page knows (the frame's alias is frame.c's business).
   Caller holds the table's lock (page_try_lock()). */
bool
page_unmap_for_eviction (struct page *page)
{
  ASSERT (page->place == PLACE_FRAME && !page->busy);

  page->busy = true;
  return unmap (page) || page->dirty;
}

/* Writes the bytes at KPAGE, of the frame that busy PAGE is being
   evicted from, to where PAGE's kind keeps changed bytes: a file page's
   to its file, any other's to a new swap slot, stored in *SLOT with one
   holder (*SLOT is SWAP_NONE otherwise).  The other pages of the frame,
   if any, keep theirs the same way: a frame is shared only by file
   pages of one file page, by read-only executable pages, or by the
   copies fork() made of one page.  Returns false if swap is full.
   Holds no lock. */
bool
page_write_out (struct page *page, const void *kpage, swap_slot_t *slot)
{
  *slot = SWAP_NONE;
  if (page->kind == PAGE_FILE)
    {
      write_back (page, kpage);
      return true;
    }
  *slot = swap_write (kpage);
  return *slot != SWAP_NONE;
}

/* Finishes evicting busy PAGE.  If SAVED, PAGE has left its frame
   (frame.c took it off the frame's list): its bytes are in SLOT, of
   which the caller gave it a share, or where its kind makes them if
   SLOT is SWAP_NONE.  Otherwise (swap full) PAGE keeps the frame,
   still on its list, unmapped, and is mapped again on its next fault.
   Either way PAGE stops being busy.  Takes the table's lock, so the
   caller must hold no table lock. */
void
page_evicted (struct page *page, swap_slot_t slot, bool saved)
{
  lock_acquire (&page->spt->lock);
  if (saved)
    {
      page->place = slot != SWAP_NONE ? PLACE_SWAP : PLACE_ORIGIN;
      page->slot = slot;
      page->frame = NULL;
      page->dirty = false;
    }
  else
    page->dirty = true;
  settle (page);
  lock_release (&page->spt->lock);
}

/* Tests and clears the dirty bit of PAGE's mapping, and returns true if
   it or PAGE's `dirty' flag says PAGE changed its frame.  For frame.c,
   with frames_lock held, on behalf of another file page of the same
   frame that writes the bytes back for both: the flag is only read,
   since PAGE's table is not locked, and the bit is changed atomically. */
bool
page_take_dirty (struct page *page)
{
  return pagedir_take_dirty (page->spt->pd, page->upage) || page->dirty;
}

/* Makes child page CP share the frame of parent page PP, both mapped
   read-only unless they are file-mapping pages (map()).  PP's dirty
   bit, and the frame alias's, go into PP's `dirty' first -- its entry
   is made anew -- and CP starts with the same knowledge, since it
   holds the same bytes.  Returns false if no page table could be
   allocated for CP.  Caller holds both tables' locks. */
static bool
share_frame (struct page *pp, struct page *cp)
{
  struct frame *f = pp->frame;
  bool mapped = pagedir_get_page (pp->spt->pd, pp->upage) != NULL;

  if (frame_alias_take_dirty (f))
    pp->dirty = true;
  if (pp->kind != PAGE_FILE && unmap (pp))
    pp->dirty = true;

  cp->place = PLACE_FRAME;
  cp->frame = f;
  cp->dirty = pp->dirty;
  frame_attach (f, cp);

  /* PP's page table exists, since PP was mapped: this cannot fail. */
  if (pp->kind != PAGE_FILE && mapped)
    map (pp);
  return map (cp);
}

/* Gives child page CP, not yet in any frame, a frame of its own with a
   copy of the bytes of parent page PP, which is in a frame: what
   -nocow does instead of share_frame() for copy-on-write pages.
   Returns false if no frame or page table could be had.  Caller holds
   PP's table lock and not CP's; PP's lock is released during the copy,
   PP's frame pinned meanwhile. */
static bool
copy_frame (struct page *pp, struct page *cp)
{
  struct spt *parent = pp->spt, *child = cp->spt;
  struct frame *from = pp->frame;
  struct frame *own;
  bool ok = false;

  frame_pin (from);
  lock_release (&parent->lock);
  own = copy_of_frame (from);
  frame_unpin (from);

  if (own != NULL)
    {
      lock_acquire (&child->lock);
      cp->place = PLACE_FRAME;
      cp->frame = own;
      cp->dirty = true;
      frame_attach (own, cp);
      ok = map (cp);
      lock_release (&child->lock);
      frame_unpin (own);
    }
  lock_acquire (&parent->lock);
  return ok;
}

/* Adds to CHILD's table a copy of parent page PP: the same kind,
   address and writability, its source translated to CHILD's own
   program and mappings, and its bytes shared -- a swap slot gets
   another holder, a frame another mapping -- or, for copy-on-write
   pages under -nocow, copied at once.  Returns false if memory is
   short; what was added is consistent for spt_destroy().  Caller holds
   PP's table lock. */
static bool
fork_page (struct process *child, struct page *pp)
{
  struct spt *to = &child->spt;
  void *source = pp->source;
  struct page *cp;
  bool ok = true, copy;

  wait_until_settled (pp);
  if (pp->kind == PAGE_PROGRAM)
    source = child->program;
  else if (pp->kind == PAGE_FILE)
    source = mmap_counterpart (child, pp->source);
  copy = (pp->place == PLACE_FRAME && vm_nocow ()
          && pp->kind != PAGE_FILE && pp->writable);

  lock_acquire (&to->lock);
  cp = create (to, pp->upage, pp->kind, source, pp->writable);
  if (cp == NULL)
    ok = false;
  else if (pp->place == PLACE_SWAP)
    {
      swap_hold (pp->slot);
      cp->place = PLACE_SWAP;
      cp->slot = pp->slot;
    }
  else if (pp->place == PLACE_FRAME && !copy)
    ok = share_frame (pp, cp);
  else if (pp->place == PLACE_ZERO_PAGE)
    {
      /* A page reading the zero page owns nothing, so the child's page
         takes the same place, unmapped: its first read maps the zero
         page again and its first write gets zeros of its own. */
      cp->place = PLACE_ZERO_PAGE;
    }
  lock_release (&to->lock);

  if (ok && copy)
    ok = copy_frame (pp, cp);
  return ok;
}

/* Copies every page of PARENT's table into CHILD's, as fork() needs
   (see fork_page()), and returns true; false if memory ran short, when
   CHILD's table holds what was copied so far and spt_destroy() frees
   it.  Runs in CHILD's thread while PARENT's thread is blocked in
   fork(), with CHILD's mappings already made (mmap_fork()).

   The parent's table is locked while it is walked, so its frames stay
   put; the lock is given up only while a busy page is waited for or a
   -nocow copy is made, and the walk survives that because only a
   table's own process adds or removes its pages.  The child's lock is
   taken inside the parent's: nobody else waits for it while holding
   another table lock (evictors only try it), so the order cannot
   close a cycle. */
bool
spt_fork (struct process *child, struct process *parent)
{
  struct spt *from = &parent->spt;
  struct hash_iterator i;
  bool ok = true;

  lock_acquire (&from->lock);
  hash_first (&i, &from->pages);
  while (ok && hash_next (&i))
    ok = fork_page (child, hash_entry (hash_cur (&i), struct page,
                                       table_elem));
  lock_release (&from->lock);
  return ok;
}
