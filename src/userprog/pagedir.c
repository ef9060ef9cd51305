/* Page directories.

   A process's address space is a page directory (one page of 1024
   entries) pointing to page tables (one page each, 1024 entries), all
   allocated from the kernel pool.  Layout of every directory:

     0xffffffff +------------------------------+
                |  kernel: all physical memory |  entries copied from
                |  at PHYS_BASE + P            |  init_page_dir, shared
     PHYS_BASE  +------------------------------+  by every process
                |  user stack (grows down)     |
                |              ...             |  entries and tables
                |  code and data of the ELF    |  owned by this
                |  (normally from 0x08048000)  |  directory
     0x00001000 +------------------------------+
                |  page 0: never mapped        |
     0x00000000 +------------------------------+

   Because the kernel entries are copied, not shared tables built on
   demand, the kernel's page tables must all exist before the first
   directory is created; paging_init() builds them for all of RAM.

   Ownership: a directory owns its user page tables.  Without VM it
   also owns the frames mapped with pagedir_set_page(), and
   pagedir_destroy() frees them; with VM the frame table owns every
   frame, and vm/ clears each entry before the directory goes.
   pagedir_clear_page() hands a frame back to whoever mapped it.

   The accessed and dirty bits are set by the CPU behind our back, at
   any instruction of a process, so they are read and cleared in one
   atomic instruction (take_bit()): a plain read-modify-write could
   lose a dirty bit the CPU set in between.  The functions work on
   kernel addresses in init_page_dir too, which is how vm/ reads a
   frame's kernel alias.

   TLB: the CPU caches translations, so every change to an entry that
   the CPU may be using is followed by an invlpg of that page: entries
   of the active directory, and kernel entries, which every directory
   shares.  A directory that is not active has no cached user entries
   (cr3 is loaded on each switch, which flushes them).

   Synchronization: none here beyond the atomic bit operations.  A
   directory belongs to one process; vm/ serializes changes to it with
   that process's page-table lock. */

#include "userprog/pagedir.h"
#include <stddef.h>
#include <string.h>
#include "threads/init.h"
#include "threads/palloc.h"
#include "threads/pte.h"
#include "threads/vaddr.h"

/* Bit numbers of PTE_A and PTE_D, for the bit-test instructions. */
#define PTE_A_BIT 5
#define PTE_D_BIT 6

static uint32_t *find_pte (uint32_t *pd, const void *vaddr, bool create);
static uint32_t *active_pd (void);
static void invalidate (uint32_t *pd, const void *vaddr);
static bool take_bit (uint32_t *pd, const void *vaddr, int bit);

/* Returns a new page directory that maps the kernel and no user
   pages, or a null pointer if no kernel page is free. */
uint32_t *
pagedir_create (void)
{
  size_t user_entries = pd_no (PHYS_BASE);
  uint32_t *pd = palloc_get_page (0);

  if (pd == NULL)
    return NULL;

  /* No user pages yet; the kernel half is everyone's. */
  memset (pd, 0, user_entries * sizeof *pd);
  memcpy (pd + user_entries, init_page_dir + user_entries,
          PGSIZE - user_entries * sizeof *pd);
  return pd;
}

/* Frees page table PT and, without VM, every frame it maps. */
static void
free_table (uint32_t *pt)
{
#ifndef VM
  size_t i;

  for (i = 0; i < PGSIZE / sizeof *pt; i++)
    if (pt[i] & PTE_P)
      palloc_free_page (pte_get_page (pt[i]));
#endif
  palloc_free_page (pt);
}

/* Frees PD and its user page tables (and their frames, see the top of
   the file).  PD must not be active: switch to another with
   pagedir_activate() first.  A null PD is allowed and does nothing. */
void
pagedir_destroy (uint32_t *pd)
{
  size_t i;

  if (pd == NULL)
    return;
  ASSERT (pd != init_page_dir && pd != active_pd ());

  for (i = 0; i < pd_no (PHYS_BASE); i++)
    if (pd[i] & PTE_P)
      free_table (pde_get_pt (pd[i]));
  palloc_free_page (pd);
}

/* Maps user page UPAGE in PD to the frame at kernel address KPAGE,
   writable by the user if RW.  UPAGE must not be mapped already.
   Returns false if a page table was needed and no page was free.

   The entry starts out accessed: a page that a fault has just brought
   in then survives a whole sweep of vm/'s eviction clock, time enough
   for the faulting instruction to run again. */
bool
pagedir_set_page (uint32_t *pd, void *upage, void *kpage, bool rw)
{
  uint32_t *pte;

  ASSERT (pg_ofs (upage) == 0);
  ASSERT (pg_ofs (kpage) == 0);
  ASSERT (is_user_vaddr (upage));
  ASSERT (vtop (kpage) >> PGBITS < init_ram_pages);
  ASSERT (pd != init_page_dir);

  pte = find_pte (pd, upage, true);
  if (pte == NULL)
    return false;

  ASSERT ((*pte & PTE_P) == 0);
  *pte = pte_create_user (kpage, rw) | PTE_A;
  return true;
}

#ifndef VM
/* Copies the user page at UPAGE, whose entry in the source directory
   is PTE, into a new frame mapped at UPAGE in DST.  Returns false if
   no frame or page table is free. */
static bool
copy_user_page (uint32_t *dst, void *upage, uint32_t pte)
{
  void *kpage = palloc_get_page (PAL_USER);

  if (kpage == NULL)
    return false;
  memcpy (kpage, pte_get_page (pte), PGSIZE);
  if (!pagedir_set_page (dst, upage, kpage, (pte & PTE_W) != 0))
    {
      palloc_free_page (kpage);
      return false;
    }
  return true;
}

/* Gives DST, a directory with no user pages yet, a copy of every user
   page that SRC maps, each in a frame of its own at the same address
   and as writable as in SRC: the eager copy behind fork() when there
   is no VM to share frames.  SRC's pages must not change meanwhile.
   Returns false if the user pool or the kernel pool (for a page table)
   runs out; DST then holds the pages copied so far, which
   pagedir_destroy() frees with it. */
bool
pagedir_copy (uint32_t *dst, uint32_t *src)
{
  size_t dir_idx, tbl_idx;

  for (dir_idx = 0; dir_idx < pd_no (PHYS_BASE); dir_idx++)
    {
      uint32_t *pt;

      if ((src[dir_idx] & PTE_P) == 0)
        continue;
      pt = pde_get_pt (src[dir_idx]);
      for (tbl_idx = 0; tbl_idx < PGSIZE / sizeof *pt; tbl_idx++)
        {
          void *upage = (void *) ((dir_idx << PDSHIFT)
                                  | (tbl_idx << PTSHIFT));

          if ((pt[tbl_idx] & PTE_P) != 0
              && !copy_user_page (dst, upage, pt[tbl_idx]))
            return false;
        }
    }
  return true;
}
#endif

/* Returns the kernel address that user address UADDR maps to in PD,
   or a null pointer if UADDR is not mapped (or not a user address). */
void *
pagedir_get_page (uint32_t *pd, const void *uaddr)
{
  uint32_t *pte;

  if (!is_user_vaddr (uaddr))
    return NULL;

  pte = find_pte (pd, uaddr, false);
  if (pte == NULL || (*pte & PTE_P) == 0)
    return NULL;
  return (uint8_t *) pte_get_page (*pte) + pg_ofs (uaddr);
}

/* Unmaps user page UPAGE from PD, if it was mapped.  The frame is not
   freed: it belongs to the caller again.  The entry's accessed and
   dirty bits stay, so they can still be asked about. */
void
pagedir_clear_page (uint32_t *pd, void *upage)
{
  uint32_t *pte;

  ASSERT (pg_ofs (upage) == 0);
  ASSERT (is_user_vaddr (upage));

  pte = find_pte (pd, upage, false);
  if (pte != NULL && (*pte & PTE_P) != 0)
    {
      asm volatile ("lock andl %1, %0" : "+m" (*pte) : "ir" (~PTE_P)
                    : "memory");
      invalidate (pd, upage);
    }
}

/* True if user address UADDR is mapped in PD and the user may write
   it. */
bool
pagedir_is_writable (uint32_t *pd, const void *uaddr)
{
  uint32_t *pte = find_pte (pd, uaddr, false);

  return pte != NULL && (*pte & (PTE_P | PTE_W)) == (PTE_P | PTE_W);
}

/* Returns whether the page at VADDR in PD has been written since the
   last call (or since it was mapped), and clears the record.  VADDR
   may be a kernel address in init_page_dir. */
bool
pagedir_take_dirty (uint32_t *pd, const void *vaddr)
{
  return take_bit (pd, vaddr, PTE_D_BIT);
}

/* Returns whether the page at VADDR in PD has been read or written
   since the last call (or since it was mapped), and clears the
   record.  VADDR may be a kernel address in init_page_dir. */
bool
pagedir_take_accessed (uint32_t *pd, const void *vaddr)
{
  return take_bit (pd, vaddr, PTE_A_BIT);
}

/* Makes PD the directory the CPU translates through, or the kernel-only
   init_page_dir if PD is null.  Loading cr3 also flushes every user
   translation from the TLB. */
void
pagedir_activate (uint32_t *pd)
{
  if (pd == NULL)
    pd = init_page_dir;
  asm volatile ("movl %0, %%cr3" : : "r" (vtop (pd)) : "memory");
}

/* Returns the page-table entry for VADDR in PD.  If VADDR's page table
   does not exist, creates an empty one if CREATE (returning null if no
   page is free) or returns null otherwise. */
static uint32_t *
find_pte (uint32_t *pd, const void *vaddr, bool create)
{
  uint32_t *pde = pd + pd_no (vaddr);

  ASSERT (pd != NULL);
  if ((*pde & PTE_P) == 0)
    {
      uint32_t *pt;

      if (!create)
        return NULL;
      ASSERT (is_user_vaddr (vaddr));
      pt = palloc_get_page (PAL_ZERO);
      if (pt == NULL)
        return NULL;
      *pde = pde_create (pt);
    }
  return pde_get_pt (*pde) + pt_no (vaddr);
}

/* Returns the directory the CPU is using now. */
static uint32_t *
active_pd (void)
{
  uintptr_t cr3;

  asm volatile ("movl %%cr3, %0" : "=r" (cr3));
  return ptov (cr3 & PTE_ADDR);
}

/* Drops any cached translation of VADDR in PD, if the CPU may hold
   one: PD is active, or VADDR is a kernel address. */
static void
invalidate (uint32_t *pd, const void *vaddr)
{
  if (!is_user_vaddr (vaddr) || pd == active_pd ())
    asm volatile ("invlpg (%0)" : : "r" (vaddr) : "memory");
}

/* Clears bit BIT of the entry for VADDR in PD, atomically, and returns
   its old value; false if there is no entry. */
static bool
take_bit (uint32_t *pd, const void *vaddr, int bit)
{
  uint32_t *pte = find_pte (pd, vaddr, false);
  bool was_set;

  if (pte == NULL)
    return false;
  asm volatile ("lock btrl %2, %0; setc %1"
                : "+m" (*pte), "=q" (was_set) : "Ir" (bit) : "cc", "memory");
  if (was_set)
    invalidate (pd, vaddr);
  return was_set;
}
