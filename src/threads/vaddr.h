#ifndef THREADS_VADDR_H
#define THREADS_VADDR_H

/* Virtual addresses.

   A 32-bit virtual address splits into a page number and an offset:

      31                        12 11          0
     +----------------------------+-------------+
     |        page number         |   offset    |
     +----------------------------+-------------+

   User space is [0, PHYS_BASE).  Kernel space is [PHYS_BASE, 4 GB),
   where all of physical memory appears, physical address P at virtual
   address PHYS_BASE + P.  ptov() and vtop() translate between the two
   views of a kernel page. */

#include <debug.h>
#include <stdbool.h>
#include <stdint.h>

#define BITMASK(SHIFT, CNT) (((1ul << (CNT)) - 1) << (SHIFT))

#define PGSHIFT 0                          /* Index of first offset bit. */
#define PGBITS  12                         /* Number of offset bits. */
#define PGSIZE  (1 << PGBITS)              /* Bytes in a page. */
#define PGMASK  BITMASK(PGSHIFT, PGBITS)   /* Page offset bits (0:12). */

/* Offset within a page. */
static inline unsigned pg_ofs (const void *va) {
  return (uintptr_t) va & PGMASK;
}

/* Virtual page number. */
static inline uintptr_t pg_no (const void *va) {
  return (uintptr_t) va >> PGBITS;
}

/* Rounds up to the nearest page boundary. */
static inline void *pg_round_up (const void *va) {
  return (void *) (((uintptr_t) va + PGSIZE - 1) & ~PGMASK);
}

/* Rounds down to the nearest page boundary. */
static inline void *pg_round_down (const void *va) {
  return (void *) ((uintptr_t) va & ~PGMASK);
}

/* Base of kernel virtual memory: physical address 0 appears here.
   User programs live entirely below it. */
#define PHYS_BASE ((void *) 0xc0000000)

/* True if VADDR is a user virtual address. */
static inline bool
is_user_vaddr (const void *vaddr)
{
  return vaddr < PHYS_BASE;
}

/* True if VADDR is a kernel virtual address. */
static inline bool
is_kernel_vaddr (const void *vaddr)
{
  return vaddr >= PHYS_BASE;
}

/* Returns the kernel virtual address at which physical address PADDR
   is mapped. */
static inline void *
ptov (uintptr_t paddr)
{
  ASSERT ((void *) paddr < PHYS_BASE);
  return (void *) (paddr + PHYS_BASE);
}

/* Returns the physical address at which kernel virtual address VADDR
   is mapped. */
static inline uintptr_t
vtop (const void *vaddr)
{
  ASSERT (is_kernel_vaddr (vaddr));
  return (uintptr_t) vaddr - (uintptr_t) PHYS_BASE;
}

#endif /* threads/vaddr.h */
