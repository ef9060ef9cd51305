/* Swap slots.

   The swap device (the partition of type 0x23, or the one -swap=
   names) is used as an array of slots, each holding one page in
   SECTORS_PER_SLOT consecutive sectors.  A bitmap says which slots
   hold a page.  A slot belongs to exactly one struct page (page.c)
   from swap_write() until that page is read back or thrown away, when
   its owner calls swap_free(); nothing here knows which page it is.

   Without a swap device there are no slots, and every swap_write()
   fails, which page.c reports as "out of memory" for the process that
   needed a frame.

   Synchronization: slots_lock guards the bitmap only.  It is a leaf:
   nothing else is taken while it is held, and it is never held during
   disk I/O -- a slot is reserved under the lock, then written without
   it, which is safe because no one else may touch a reserved slot. */

#include "vm/swap.h"
#include <bitmap.h>
#include <debug.h>
#include "devices/block.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "vm/vm.h"

/* Sectors in one page-sized slot. */
#define SECTORS_PER_SLOT (PGSIZE / BLOCK_SECTOR_SIZE)

static struct block *swap_device;   /* Null if there is none. */
static struct bitmap *slots;        /* True bits are slots in use. */
static struct lock slots_lock;      /* Guards SLOTS. */

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
  if (slots == NULL)
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
   use; or SWAP_NONE if swap is full (or absent). */
swap_slot_t
swap_write (const void *kpage)
{
  size_t slot;

  lock_acquire (&slots_lock);
  slot = bitmap_scan_and_flip (slots, 0, 1, false);
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

/* Makes SLOT free again.  SWAP_NONE is allowed and does nothing. */
void
swap_free (swap_slot_t slot)
{
  if (slot == SWAP_NONE)
    return;
  lock_acquire (&slots_lock);
  ASSERT (bitmap_test (slots, slot));
  bitmap_reset (slots, slot);
  lock_release (&slots_lock);
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
