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

/* CNT one bits, the lowest of them at bit SHIFT.  pte.h builds its
   masks with it as well. */
#define BITMASK(SHIFT, CNT) (((1ul << (CNT)) - 1) << (SHIFT))

/* The offset field of an address, as in the picture above: PGBITS
   bits wide, starting at bit PGSHIFT.  PGSIZE is the page size in
   bytes (4096) and PGMASK selects the offset (0xfff). */
#define PGSHIFT 0
#define PGBITS  12
#define PGSIZE  (1 << PGBITS)
#define PGMASK  BITMASK(PGSHIFT, PGBITS)

/* The lowest kernel address; physical address 0 is mapped here, so
   the kernel pool, the page tables and every frame are reachable from
   kernel space.  Everything a user program can touch lies below. */
#define PHYS_BASE ((void *) 0xc0000000)

/* Where in its page VA points, from 0 to PGSIZE - 1. */
static inline unsigned
pg_ofs (const void *va)
{
  return (uintptr_t) va & PGMASK;
}

/* The page VA lies in, numbered from 0 at address 0. */
static inline uintptr_t
pg_no (const void *va)
{
  return (uintptr_t) va >> PGBITS;
}

/* VA with its offset bits cleared: the start of its page. */
static inline void *
pg_round_down (const void *va)
{
  return (void *) ((uintptr_t) va & ~PGMASK);
}

/* The first page boundary at or above VA (VA itself if aligned). */
static inline void *
pg_round_up (const void *va)
{
  return pg_round_down ((void *) ((uintptr_t) va + PGMASK));
}

/* Whether a user program may name VADDR, i.e. it lies below PHYS_BASE.
   This says nothing about whether anything is mapped there. */
static inline bool
is_user_vaddr (const void *vaddr)
{
  return vaddr < PHYS_BASE;
}

/* Whether VADDR lies in kernel space, at or above PHYS_BASE. */
static inline bool
is_kernel_vaddr (const void *vaddr)
{
  return !is_user_vaddr (vaddr);
}

/* The kernel address through which physical address PADDR is reached.
   PADDR must lie in the part of the physical address space that kernel
   space can hold. */
static inline void *
ptov (uintptr_t paddr)
{
  ASSERT (paddr < (uintptr_t) PHYS_BASE);
  return (uint8_t *) PHYS_BASE + paddr;
}

/* The physical address that kernel address VADDR reaches; the inverse
   of ptov(). */
static inline uintptr_t
vtop (const void *vaddr)
{
  ASSERT (is_kernel_vaddr (vaddr));
  return (uintptr_t) vaddr - (uintptr_t) PHYS_BASE;
}

#endif /* threads/vaddr.h */
