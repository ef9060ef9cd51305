#ifndef THREADS_INIT_H
#define THREADS_INIT_H

/* Kernel start-up: what main() establishes for everyone else. */

#include <debug.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Physical memory size, in 4 kB pages (set by start.S). */
extern uint32_t init_ram_pages;

/* Page directory holding the kernel's mappings only.  Every process's
   page directory shares its kernel half. */
extern uint32_t *init_page_dir;

#endif /* threads/init.h */
