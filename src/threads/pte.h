#ifndef THREADS_PTE_H
#define THREADS_PTE_H

/* x86 two-level page tables.

   A virtual address selects a page-directory entry with its top 10 bits
   and a page-table entry with the next 10:

      31          22 21          12 11          0
     +--------------+--------------+-------------+
     | dir index    | table index  | page offset |
     +--------------+--------------+-------------+

   Both kinds of entry hold a physical frame address in bits 12..31 and
   flags in bits 0..11. */

#include "threads/vaddr.h"

#define PTSHIFT PGBITS                     /* First page-table bit. */
#define PTBITS  10                         /* Page-table index bits. */
#define PTSPAN  (1 << PTBITS << PGBITS)    /* Bytes one table covers. */
#define PTMASK  BITMASK(PTSHIFT, PTBITS)

#define PDSHIFT (PTSHIFT + PTBITS)         /* First page-directory bit. */
#define PDBITS  10                         /* Page-directory index bits. */
#define PDMASK  BITMASK(PDSHIFT, PDBITS)

/* Page-table index of VA. */
static inline unsigned pt_no (const void *va) {
  return ((uintptr_t) va & PTMASK) >> PTSHIFT;
}

/* Page-directory index of VA. */
static inline uintptr_t pd_no (const void *va) {
  return (uintptr_t) va >> PDSHIFT;
}

/* Flags shared by both levels. */
#define PTE_FLAGS 0x00000fff
#define PTE_ADDR  0xfffff000
#define PTE_AVL   0x00000e00    /* Bits free for the kernel's own use. */
#define PTE_P 0x1               /* Present. */
#define PTE_W 0x2               /* Writable. */
#define PTE_U 0x4               /* User accessible. */
#define PTE_A 0x20              /* Accessed (set by the CPU). */
#define PTE_D 0x40              /* Dirty (set by the CPU, tables only). */

/* Returns a page-directory entry pointing to page table PT, which must
   be a kernel virtual address.  User access is decided per page, so
   the directory entry allows everything. */
static inline uint32_t pde_create (uint32_t *pt) {
  ASSERT (pg_ofs (pt) == 0);
  return vtop (pt) | PTE_U | PTE_P | PTE_W;
}

/* Returns the kernel virtual address of the page table PDE points to. */
static inline uint32_t *pde_get_pt (uint32_t pde) {
  ASSERT (pde & PTE_P);
  return ptov (pde & PTE_ADDR);
}

/* Returns a page-table entry for kernel virtual page PAGE, accessible
   to the kernel only, writable if WRITABLE. */
static inline uint32_t pte_create_kernel (void *page, bool writable) {
  ASSERT (pg_ofs (page) == 0);
  return vtop (page) | PTE_P | (writable ? PTE_W : 0);
}

/* Returns a page-table entry for kernel virtual page PAGE, accessible
   to user code too, writable if WRITABLE. */
static inline uint32_t pte_create_user (void *page, bool writable) {
  return pte_create_kernel (page, writable) | PTE_U;
}

/* Returns the kernel virtual address of the frame PTE maps. */
static inline void *pte_get_page (uint32_t pte) {
  return ptov (pte & PTE_ADDR);
}

#endif /* threads/pte.h */
