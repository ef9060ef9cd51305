/* The boot loader: the 512-byte master boot record.

   The BIOS loads this sector at physical 0x7c00 and jumps to it in real
   mode.  We look on each BIOS hard disk (0x80 to 0x83) for a partition
   table entry that is bootable (flag 0x80) and of the Pintos kernel type
   0x20, read that partition into memory at 0x20000 (at most 512 kB) with
   the BIOS's LBA disk services, and jump to its first byte, which is
   start.S, still in real mode.

   The sector also carries data that the `pintos' tool writes and the
   kernel reads: the kernel command line at LOADER_ARGS and the
   partition table at LOADER_PARTS (see loader.h).  Our code must end
   before LOADER_ARGS; the link checks that.

   Messages go to both the screen (BIOS teletype) and COM1, so a run
   without a display still shows where booting stopped. */

#include "threads/loader.h"

        .code16
        .globl start
start:
        cli
        cld
        xor %ax, %ax
        mov %ax, %ds
        mov %ax, %ss
        mov $LOADER_BASE, %sp

        /* COM1: 9600 bps, 8 data bits, no parity, 1 stop bit. */
        mov $0x3fb, %dx
        mov $0x80, %al                  # Divisor latch access on.
        out %al, %dx
        mov $0x3f8, %dx
        mov $12, %al                    # 115200 / 9600.
        out %al, %dx
        inc %dx
        mov $0, %al
        out %al, %dx
        mov $0x3fb, %dx
        mov $0x03, %al                  # 8N1, latch access off.
        out %al, %dx

        mov $msg_banner, %si
        call puts

        mov $0x80, %dl                  # First hard disk.
try_disk:
        /* Read the disk's sector 0 into the kernel's load area, which
           we are about to fill anyway. */
        mov $(LOADER_KERN_BASE >> 4), %bx
        mov %bx, %es
        xor %eax, %eax
        call read_sector
        jc next_disk
        cmpw $0xaa55, %es:510
        jne next_disk

        mov $446, %si                   # First partition table entry.
try_partition:
        cmpb $0x80, %es:(%si)           # Bootable?
        jne next_partition
        cmpb $0x20, %es:4(%si)          # Pintos kernel?
        je load_kernel
next_partition:
        add $16, %si
        cmp $510, %si
        jb try_partition
next_disk:
        inc %dl
        cmp $0x84, %dl
        jb try_disk

        mov $msg_no_kernel, %si
        call puts
        int $0x18                       # Tell the BIOS booting failed.

load_kernel:
        mov %es:8(%si), %eax            # First sector (LBA).
        mov %es:12(%si), %ecx           # Number of sectors.
        mov $msg_loading, %si
        call puts
        cmp $(LOADER_KERN_MAX / 512), %ecx
        jbe 1f
        mov $(LOADER_KERN_MAX / 512), %ecx
1:      call read_sector
        jc read_error
        inc %eax
        mov %es, %bx
        add $(512 >> 4), %bx            # Next 512 bytes.
        mov %bx, %es
        loop 1b

        mov $msg_start, %si
        call puts
        ljmp $(LOADER_KERN_BASE >> 4), $0

read_error:
        mov $msg_read_error, %si
        call puts
        int $0x18

/* Reads sector EAX (LBA) of BIOS disk DL into ES:0000.  Sets the carry
   flag on failure.  Preserves all general registers. */
read_sector:
        pushal
        pushl $0                        # LBA, high half.
        pushl %eax                      # LBA, low half.
        pushw %es                       # Buffer segment.
        pushw $0                        # Buffer offset.
        pushw $1                        # One sector.
        pushw $16                       # Packet size; reserved byte 0.
        mov %sp, %si
        mov $0x42, %ah                  # Extended read.
        int $0x13
        lea 16(%si), %sp                # Drop the packet; keeps CF.
        popal
        ret

/* Prints the NUL-terminated string at DS:SI on the screen and COM1. */
puts:
        pushal
1:      lodsb
        test %al, %al
        jz 3f
        mov $0x0e, %ah                  # BIOS teletype output.
        xor %bx, %bx
        int $0x10
        mov %al, %bl
        mov $0x3fd, %dx                 # Wait until COM1 can take it.
2:      in %dx, %al
        test $0x20, %al
        jz 2b
        mov %bl, %al
        mov $0x3f8, %dx
        out %al, %dx
        jmp 1b
3:      popal
        ret

msg_banner:     .asciz "PiLo"
msg_loading:    .asciz " loading"
msg_start:      .asciz "\r\n"
msg_no_kernel:  .asciz " no kernel partition\r\n"
msg_read_error: .asciz " read error\r\n"

        /* The code must not reach the command line. */
        .org LOADER_ARGS - LOADER_BASE - 1
        .byte 0
        .org LOADER_SIG - LOADER_BASE
        .word 0xaa55
