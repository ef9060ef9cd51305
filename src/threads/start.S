/* The kernel's first instructions.

   loader.S jumps here, to physical LOADER_KERN_BASE, in real mode with
   CS = LOADER_KERN_BASE >> 4.  Before C code can run we:

     1. ask the BIOS how much memory there is (init_ram_pages),
     2. open the A20 gate so odd megabytes are addressable,
     3. build a boot page directory that maps the first 4 MB of physical
        memory twice, at 0 (so the next instruction still runs once
        paging is on) and at LOADER_PHYS_BASE (where the kernel is
        linked),
     4. enter protected mode with paging in one step, and
     5. call pintos_init() on the initial thread's stack, which grows
        down from the page directory at LOADER_PD_PHYS.

   init.c's paging_init() later replaces these tables with ones that
   map all of memory and drop the identity mapping. */

#include "threads/loader.h"

#define CR0_PE 0x00000001               /* Protection enable. */
#define CR0_WP 0x00010000               /* Write protect in ring 0. */
#define CR0_AM 0x00040000               /* Honour EFLAGS.AC in ring 3. */
#define CR0_PG 0x80000000               /* Paging. */

/* Most memory the kernel will use: 256 MB, in pages. */
#define MAX_RAM_PAGES (256 * 1024 / 4)

        .section .start, "awx"
        .code16
        .globl start
start:
        cli
        cld
        mov %cs, %ax                    # DS addresses this section.
        mov %ax, %ds
        xor %ax, %ax
        mov %ax, %ss
        mov $LOADER_PD_PHYS, %esp

/* 1. Memory size.  INT 15h/E801 reports kB between 1 and 16 MB and
   64 kB blocks above 16 MB (some BIOSes in CX/DX, others in AX/BX);
   the older INT 15h/88h reports kB above 1 MB, at most 64 MB. */
        xor %cx, %cx
        xor %dx, %dx
        mov $0xe801, %ax
        int $0x15
        jc 2f
        jcxz 1f
        mov %cx, %ax
        mov %dx, %bx
1:      movzwl %ax, %eax
        shr $2, %eax                    # kB -> pages.
        movzwl %bx, %ebx
        shl $4, %ebx                    # 64 kB blocks -> pages.
        add %ebx, %eax
        jmp 3f
2:      mov $0x88, %ah
        int $0x15
        movzwl %ax, %eax
        shr $2, %eax
3:      add $(1024 / 4), %eax           # The first megabyte.
        cmp $MAX_RAM_PAGES, %eax
        jbe 4f
        mov $MAX_RAM_PAGES, %eax
4:      mov %eax, init_ram_pages - start

/* 2. A20: ask the BIOS, then also use the fast A20 port (bit 1 of port
   0x92; bit 0 would reset the machine). */
        mov $0x2401, %ax
        int $0x15
        in $0x92, %al
        or $0x02, %al
        and $0xfe, %al
        out %al, $0x92

/* 3. Boot page tables. */
        mov $(LOADER_PD_PHYS >> 4), %ax
        mov %ax, %es
        xor %di, %di
        xor %eax, %eax
        mov $1024, %cx
        rep stosl
        movl $(LOADER_PT_PHYS | 3), %es:0
        movl $(LOADER_PT_PHYS | 3), %es:((LOADER_PHYS_BASE >> 22) * 4)

        mov $(LOADER_PT_PHYS >> 4), %ax
        mov %ax, %es
        xor %di, %di
        mov $3, %eax                    # Present, writable, frame 0.
        mov $1024, %cx
1:      stosl
        add $0x1000, %eax
        loop 1b

/* 4. Protected mode and paging together.  CR0_AM lets a program ask
   for alignment checking of its own accesses by setting EFLAGS.AC (a
   misaligned access then raises #AC, which kills it); ring 0 is never
   checked, so the kernel is unaffected.  threads/fpu.c sets the FPU's
   bits later. */
        mov $LOADER_PD_PHYS, %eax
        mov %eax, %cr3
        lgdtl gdt_desc - start
        mov %cr0, %eax
        or $(CR0_PE | CR0_PG | CR0_WP | CR0_AM), %eax
        mov %eax, %cr0
        ljmpl $SEL_KCSEG, $protected_mode

        .code32
protected_mode:
        mov $SEL_KDSEG, %ax
        mov %ax, %ds
        mov %ax, %es
        mov %ax, %fs
        mov %ax, %gs
        mov %ax, %ss
        add $LOADER_PHYS_BASE, %esp

        /* Reload the GDT through its kernel virtual address, which
           stays valid after the identity mapping goes away. */
        addl $LOADER_PHYS_BASE, gdt_desc + 2
        lgdt gdt_desc

/* 5. Into C, never to return. */
        xor %ebp, %ebp                  # Ends backtraces here.
        call pintos_init
1:      cli
        hlt
        jmp 1b

/* The boot GDT: null, kernel code, kernel data.  Both segments are flat
   4 GB, 32-bit, ring 0.  userprog/gdt.c installs the full table. */
        .align 8
gdt:
        .quad 0
        .quad 0x00cf9a000000ffff
        .quad 0x00cf92000000ffff
gdt_end:

gdt_desc:
        .word gdt_end - gdt - 1
        .long gdt - LOADER_PHYS_BASE    # Physical while in real mode.

/* Physical memory size in 4 kB pages. */
        .globl init_ram_pages
        .align 4
init_ram_pages:
        .long 0
