/* Linker script for the kernel.

   The kernel runs at virtual LOADER_PHYS_BASE + LOADER_KERN_BASE but is
   loaded at physical LOADER_KERN_BASE, where the boot loader puts it.
   start.S must come first: the loader jumps to the first byte. */

#include "threads/loader.h"

OUTPUT_FORMAT("elf32-i386")
OUTPUT_ARCH("i386")
ENTRY(start)

SECTIONS
{
  . = LOADER_PHYS_BASE + LOADER_KERN_BASE;
  _start = .;

  .start : AT (LOADER_KERN_BASE) { *(.start) }
  .text : { *(.text) *(.text.*) }
  _end_kernel_text = .;
  .rodata : { *(.rodata) *(.rodata.*) }
  .data : { *(.data) *(.data.*) }

  _start_bss = .;
  .bss : { *(.bss) *(.bss.*) *(COMMON) }
  _end_bss = .;

  _end = .;

  /DISCARD/ : { *(.note*) *(.comment) *(.eh_frame) }

  ASSERT (_end - _start <= LOADER_KERN_MAX, "kernel is too big for the loader")
}
