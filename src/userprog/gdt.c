/* The global descriptor table (GDT).

   The boot GDT built by start.S holds only the two kernel segments.
   gdt_init() replaces it with the full table, indexed by the selectors
   in threads/loader.h:

     SEL_NULL     0x00   required null descriptor
     SEL_KCSEG    0x08   kernel code, ring 0
     SEL_KDSEG    0x10   kernel data, ring 0
     SEL_UCSEG    0x18   user code, ring 3 (selector 0x1b carries RPL 3)
     SEL_UDSEG    0x20   user data, ring 3 (selector 0x23 carries RPL 3)
     SEL_TSS      0x28   the task-state segment (tss.c)
     SEL_UABSENT  0x30   user data, ring 3, not present (selector 0x33)

   Every code and data segment is flat: base 0, limit 4 GB.  Protection
   between user and kernel comes from paging (the U/S bit of each page),
   not from segment limits; the user segments exist only so that code
   can run at privilege level 3.  The kernel segments are unchanged
   from the boot table, so the segment registers need no reload.

   Nothing uses SEL_UABSENT.  With every other segment present and
   flat, it is the one thing a program can load to make the CPU raise
   "segment not present" (#NP, through DS, ES, FS or GS) or a stack
   fault (#SS, through SS).  Both must merely end the program, like
   every exception user code causes (userprog/exception.c), and the
   tests exc-np and exc-ss use this descriptor to check that they do.

   The table is written once during start-up, before interrupts are on,
   and never changes, so it needs no lock. */

#include "userprog/gdt.h"
#include <debug.h>
#include <stdbool.h>
#include <stdint.h>
#include "userprog/tss.h"

/* The table itself. */
static uint64_t gdt[SEL_CNT];

/* Descriptor type fields (bits 8..11 of the high word). */
#define TYPE_CODE_RX 0xa        /* Code: execute and read. */
#define TYPE_DATA_RW 0x2        /* Data: read and write. */
#define TYPE_TSS_32  0x9        /* Available 32-bit TSS. */

/* The descriptor's present bit. */
#define DESC_PRESENT ((uint64_t) 1 << 47)

static uint64_t make_descriptor (uint32_t base, uint32_t limit,
                                 bool code_or_data, int type, int dpl,
                                 bool page_granular);
static uint64_t make_flat_segment (int type, int dpl);

/* Builds the full GDT, loads it, and loads the task register with the
   TSS, which tss_init() must already have set up. */
void
gdt_init (void)
{
  struct
    {
      uint16_t limit;
      uint32_t base;
    } __attribute__ ((packed)) gdtr;
  uint32_t tss_base = (uint32_t) tss_get ();

  gdt[SEL_NULL / sizeof *gdt] = 0;
  gdt[SEL_KCSEG / sizeof *gdt] = make_flat_segment (TYPE_CODE_RX, 0);
  gdt[SEL_KDSEG / sizeof *gdt] = make_flat_segment (TYPE_DATA_RW, 0);
  gdt[SEL_UCSEG / sizeof *gdt] = make_flat_segment (TYPE_CODE_RX, 3);
  gdt[SEL_UDSEG / sizeof *gdt] = make_flat_segment (TYPE_DATA_RW, 3);
  gdt[SEL_UABSENT / sizeof *gdt] = make_flat_segment (TYPE_DATA_RW, 3)
                                   & ~DESC_PRESENT;
  gdt[SEL_TSS / sizeof *gdt] = make_descriptor (tss_base, tss_size () - 1,
                                                false, TYPE_TSS_32, 0, false);

  gdtr.limit = sizeof gdt - 1;
  gdtr.base = (uint32_t) gdt;
  asm volatile ("lgdt %0" : : "m" (gdtr));
  asm volatile ("ltr %w0" : : "q" (SEL_TSS));
}

/* Returns a ring-DPL segment descriptor of the given TYPE covering all
   4 GB. */
static uint64_t
make_flat_segment (int type, int dpl)
{
  return make_descriptor (0, 0xfffff, true, type, dpl, true);
}

/* Returns a segment descriptor with BASE and 20-bit LIMIT, counted in
   4 kB pages if PAGE_GRANULAR or in bytes otherwise.  CODE_OR_DATA
   selects an application segment (S bit set) rather than a system one
   such as a TSS.  TYPE is the 4-bit type field and DPL the privilege
   level needed to use it.  Application segments are 32-bit. */
static uint64_t
make_descriptor (uint32_t base, uint32_t limit, bool code_or_data,
                 int type, int dpl, bool page_granular)
{
  uint32_t low, high;

  ASSERT (limit <= 0xfffff);
  ASSERT (type >= 0 && type <= 15);
  ASSERT (dpl >= 0 && dpl <= 3);

  low = (limit & 0xffff) | (base << 16);
  high = ((base >> 16) & 0xff)
         | ((uint32_t) type << 8)
         | ((uint32_t) code_or_data << 12)
         | ((uint32_t) dpl << 13)
         | (1u << 15)                           /* Present. */
         | (limit & 0xf0000)
         | ((uint32_t) code_or_data << 22)      /* 32-bit operands. */
         | ((uint32_t) page_granular << 23)
         | (base & 0xff000000);
  return low | ((uint64_t) high << 32);
}
