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

   Ownership: a directory owns its user page tables and, once mapped
   with pagedir_set_page(), the user frames they point to:
   pagedir_destroy() frees them all.  pagedir_clear_page() gives a
   frame's ownership back to the caller.

   TLB: the CPU caches translations, so every change to an entry of the
   active directory is followed by an invlpg of that page; a directory
   that is not active has no cached entries (we load cr3 on each switch,
   which flushes all user translations).

   Synchronization: none here.  Each directory belongs to one process
   and is changed only by its thread (or, in a VM build, by code that
   serializes with it). */

#include "userprog/pagedir.h"
#include <stddef.h>
#include <string.h>
#include "threads/init.h"
#include "threads/palloc.h"
#include "threads/pte.h"
#include "threads/vaddr.h"

static uint32_t *find_pte (uint32_t *pd, const void *vaddr, bool create);
static uint32_t *active_pd (void);
static void invalidate (uint32_t *pd, const void *upage);
static void set_pte_flag (uint32_t *pd, const void *upage, uint32_t flag,
                          bool value);

/* Returns a new page directory that maps the kernel and no user
   pages, or a null pointer if no kernel page is free. */
uint32_t *
pagedir_create (void)
{
  uint32_t *pd = palloc_get_page (0);

  if (pd != NULL)
    memcpy (pd, init_page_dir, PGSIZE);
  return pd;
}

/* Frees PD, its user page tables, and every user frame they map.  PD
   must not be active (switch to another with pagedir_activate()
   first).  A null PD is allowed and does nothing. */
void
pagedir_destroy (uint32_t *pd)
{
  uint32_t *pde;

  if (pd == NULL)
    return;

  ASSERT (pd != init_page_dir);
  ASSERT (pd != active_pd ());

  for (pde = pd; pde < pd + pd_no (PHYS_BASE); pde++)
    if (*pde & PTE_P)
      {
        uint32_t *pt = pde_get_pt (*pde);
        uint32_t *pte;

        for (pte = pt; pte < pt + PGSIZE / sizeof *pte; pte++)
          if (*pte & PTE_P)
            palloc_free_page (pte_get_page (*pte));
        palloc_free_page (pt);
      }
  palloc_free_page (pd);
}

/* Maps user page UPAGE in PD to the frame at kernel address KPAGE,
   writable by the user if RW.  UPAGE must not already be mapped.
   Returns false if a page table was needed and no page was free.
   On success PD owns KPAGE (see the top of this file). */
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
  *pte = pte_create_user (kpage, rw);
  return true;
}

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
   dirty bits are kept, so they can still be asked about. */
void
pagedir_clear_page (uint32_t *pd, void *upage)
{
  uint32_t *pte;

  ASSERT (pg_ofs (upage) == 0);
  ASSERT (is_user_vaddr (upage));

  pte = find_pte (pd, upage, false);
  if (pte != NULL && (*pte & PTE_P) != 0)
    {
      *pte &= ~PTE_P;
      invalidate (pd, upage);
    }
}

/* True if user page UPAGE in PD has been written since it was mapped
   or its dirty bit was last cleared.  False if it has no entry. */
bool
pagedir_is_dirty (uint32_t *pd, const void *upage)
{
  uint32_t *pte = find_pte (pd, upage, false);
  return pte != NULL && (*pte & PTE_D) != 0;
}

/* Sets or clears the dirty bit of UPAGE's entry in PD, if it has one. */
void
pagedir_set_dirty (uint32_t *pd, const void *upage, bool dirty)
{
  set_pte_flag (pd, upage, PTE_D, dirty);
}

/* True if user page UPAGE in PD has been read or written since it was
   mapped or its accessed bit was last cleared. */
bool
pagedir_is_accessed (uint32_t *pd, const void *upage)
{
  uint32_t *pte = find_pte (pd, upage, false);
  return pte != NULL && (*pte & PTE_A) != 0;
}

/* Sets or clears the accessed bit of UPAGE's entry in PD, if it has
   one. */
void
pagedir_set_accessed (uint32_t *pd, const void *upage, bool accessed)
{
  set_pte_flag (pd, upage, PTE_A, accessed);
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
  uint32_t *pt;

  ASSERT (pd != NULL);
  ASSERT (create ? is_user_vaddr (vaddr) : true);

  if ((*pde & PTE_P) == 0)
    {
      if (!create)
        return NULL;
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

/* Drops any cached translation of UPAGE if PD is in use. */
static void
invalidate (uint32_t *pd, const void *upage)
{
  if (pd == active_pd ())
    asm volatile ("invlpg (%0)" : : "r" (upage) : "memory");
}

/* Sets (VALUE true) or clears FLAG in UPAGE's entry in PD, if it has
   an entry. */
static void
set_pte_flag (uint32_t *pd, const void *upage, uint32_t flag, bool value)
{
  uint32_t *pte = find_pte (pd, upage, false);

  if (pte == NULL)
    return;
  if (value)
    *pte |= flag;
  else
    {
      *pte &= ~flag;
      invalidate (pd, upage);
    }
}
