#ifndef THREADS_LOADER_H
#define THREADS_LOADER_H

/* Facts shared by the boot loader (loader.S), the kernel's real-mode
   entry (start.S) and the `pintos' tool, which writes the boot sector.

   Physical memory during boot:

     0x00007c00  the boot sector (loader.S), kept in place: the kernel
                 reads its command line from here.
     0x0000e000  first page of the initial thread (its stack grows down
                 from 0xf000).
     0x0000f000  the boot page directory.
     0x00010000  the boot page table (maps the first 4 MB).
     0x00020000  kernel.bin, loaded by loader.S, at most 512 kB.
     0x00100000  the first page handed to the page allocators. */

#define LOADER_BASE 0x7c00      /* Physical address of the boot sector. */
#define LOADER_END  0x7e00      /* One past its end. */

/* Where the kernel is loaded, physical and virtual. */
#define LOADER_KERN_BASE 0x20000
#define LOADER_KERN_MAX (512 * 1024)
#define LOADER_PHYS_BASE 0xc0000000     /* Same as PHYS_BASE. */

/* Layout of the boot sector.  The kernel command line is stored as
   LOADER_ARG_CNT 32-bit count followed (before it) by NUL-terminated
   arguments packed into LOADER_ARGS_LEN bytes. */
#define LOADER_SIG (LOADER_END - LOADER_SIG_LEN)   /* 0x55, 0xaa. */
#define LOADER_PARTS (LOADER_SIG - LOADER_PARTS_LEN) /* Partition table. */
#define LOADER_ARG_CNT (LOADER_PARTS - LOADER_ARG_CNT_LEN)
#define LOADER_ARGS (LOADER_ARG_CNT - LOADER_ARGS_LEN)

#define LOADER_SIG_LEN 2
#define LOADER_PARTS_LEN 64
#define LOADER_ARG_CNT_LEN 4
#define LOADER_ARGS_LEN 128

/* Boot-time paging structures built by start.S. */
#define LOADER_PD_PHYS 0xf000
#define LOADER_PT_PHYS 0x10000

/* Segment selectors.  start.S installs a GDT with the two kernel
   segments; userprog/gdt.c later adds the user segments and the TSS. */
#define SEL_NULL        0x00    /* Null selector. */
#define SEL_KCSEG       0x08    /* Kernel code selector. */
#define SEL_KDSEG       0x10    /* Kernel data selector. */
#define SEL_UCSEG       0x1b    /* User code selector (RPL 3). */
#define SEL_UDSEG       0x23    /* User data selector (RPL 3). */
#define SEL_TSS         0x28    /* Task-state segment. */
#define SEL_UABSENT     0x33    /* Not-present user data (RPL 3). */
#define SEL_CNT         7       /* Number of segments. */

#endif /* threads/loader.h */
