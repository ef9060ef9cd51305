/* Swap slots.

   The swap device (the partition of type 0x23, or the one -swap=
   names) is used as an array of slots, each holding one page in
   SECTORS_PER_SLOT consecutive sectors.  A bitmap says which slots
   hold a page, and HOLDERS counts, per slot, the struct pages (page.c)
   that keep their bytes there: one after swap_write(), more when a
   frame shared by several pages is evicted (its bytes are written
   once, for all of them) or when fork() copies a swapped-out page,
   and one for a frame read back from a slot that several pages hold,
   while frame.c keeps that frame under the slot's key.
   Each holder gives its share back with swap_free(), when it reads the
   page back or throws it away; the slot is free again when the last
   one has.  Nothing here knows which pages the holders are.

   Without a swap device there are no slots, and every swap_write()
   fails, which page.c reports as "out of memory" for the process that
   needed a frame.

   Synchronization: slots_lock guards the bitmap and HOLDERS.  It is a leaf:
   nothing else is taken while it is held, and it is never held during
   disk I/O -- a slot is reserved under the lock, then written without
   it, which is safe because no one else may touch a reserved slot. */

#include "vm/swap.h"
#include <bitmap.h>
#include <debug.h>
#include "devices/block.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "vm/vm.h"

/* Sectors in one page-sized slot. */
#define SECTORS_PER_SLOT (PGSIZE / BLOCK_SECTOR_SIZE)

static struct block *swap_device;   /* Null if there is none. */
static struct bitmap *slots;        /* True bits are slots in use. */
static uint16_t *holders;           /* Per slot: pages keeping it. */
static struct lock slots_lock;      /* Guards SLOTS and HOLDERS. */

/* Finds the swap device and makes every slot free.  Panics only if
   the bitmap cannot be allocated at boot. */
void
swap_init (void)
{
  size_t slot_cnt = 0;

  lock_init (&slots_lock);
  swap_device = block_get_role (BLOCK_SWAP);
  if (swap_device != NULL)
    slot_cnt = block_size (swap_device) / SECTORS_PER_SLOT;
  slots = bitmap_create (slot_cnt);
  holders = calloc (slot_cnt > 0 ? slot_cnt : 1, sizeof *holders);
  if (slots == NULL || holders == NULL)
    PANIC ("no memory for the swap slot bitmap");
}

/* Copies the page at kernel address KPAGE into slot SLOT if TO_SWAP,
   or the slot into the page otherwise, as one run of sectors (which
   the IDE driver moves in a single command).  The caller owns the
   slot, and no one else touches the page meanwhile (it is unmapped, or
   not yet mapped). */
static void
transfer_slot (swap_slot_t slot, void *kpage, bool to_swap)
{
  block_sector_t first = slot * SECTORS_PER_SLOT;

  if (to_swap)
    block_write_run (swap_device, first, SECTORS_PER_SLOT, kpage);
  else
    block_read_run (swap_device, first, SECTORS_PER_SLOT, kpage);
}

/* Writes the page at KPAGE to a free slot and returns the slot, now in
   use with one holder (the caller); or SWAP_NONE if swap is full (or
   absent). */
swap_slot_t
swap_write (const void *kpage)
{
  size_t slot;

  lock_acquire (&slots_lock);
  slot = bitmap_scan_and_flip (slots, 0, 1, false);
  if (slot != BITMAP_ERROR)
    holders[slot] = 1;
  lock_release (&slots_lock);
  if (slot == BITMAP_ERROR)
    return SWAP_NONE;

  transfer_slot (slot, (void *) kpage, true);
  vm_count (VM_SWAP_WRITE);
  return slot;
}

/* Reads slot SLOT, which must be in use, into the page at KPAGE.  The
   slot stays in use until swap_free(). */
void
swap_read (swap_slot_t slot, void *kpage)
{
  ASSERT (slot < bitmap_size (slots) && bitmap_test (slots, slot));
  transfer_slot (slot, kpage, false);
  vm_count (VM_SWAP_READ);
}

/* Adds a holder to SLOT, which must be in use: one more page keeps
   its bytes there and will swap_free() it in turn. */
void
swap_hold (swap_slot_t slot)
{
  lock_acquire (&slots_lock);
  ASSERT (slot < bitmap_size (slots) && bitmap_test (slots, slot));
  ASSERT (holders[slot] < UINT16_MAX);
  holders[slot]++;
  lock_release (&slots_lock);
}

/* Gives back the caller's hold on SLOT; the slot is free again once
   its last holder has done so.  SWAP_NONE is allowed and does
   nothing. */
void
swap_free (swap_slot_t slot)
{
  if (slot == SWAP_NONE)
    return;
  lock_acquire (&slots_lock);
  ASSERT (bitmap_test (slots, slot) && holders[slot] > 0);
  if (--holders[slot] == 0)
    bitmap_reset (slots, slot);
  lock_release (&slots_lock);
}

/* True if SLOT, which the caller holds, has other holders too. */
bool
swap_is_shared (swap_slot_t slot)
{
  bool shared;

  lock_acquire (&slots_lock);
  ASSERT (bitmap_test (slots, slot) && holders[slot] > 0);
  shared = holders[slot] > 1;
  lock_release (&slots_lock);
  return shared;
}

/* Returns how many slots are in use, for the leak check. */
size_t
swap_used (void)
{
  size_t used;

  lock_acquire (&slots_lock);
  used = bitmap_count (slots, 0, bitmap_size (slots), true);
  lock_release (&slots_lock);
  return used;
}
