#ifndef USERPROG_PAGEDIR_H
#define USERPROG_PAGEDIR_H

/* Page directories: a process's user address space, as the two-level
   x86 page tables that the CPU walks.  The kernel half of every
   directory is shared with init_page_dir. */

#include <stdbool.h>
#include <stdint.h>

/* A directory's life, and switching the CPU to it. */
uint32_t *pagedir_create (void);
void pagedir_activate (uint32_t *pd);
void pagedir_destroy (uint32_t *pd);

/* User pages: mapping, looking up, unmapping. */
bool pagedir_set_page (uint32_t *pd, void *upage, void *kpage, bool rw);
void *pagedir_get_page (uint32_t *pd, const void *uaddr);
bool pagedir_is_writable (uint32_t *pd, const void *uaddr);
void pagedir_clear_page (uint32_t *pd, void *upage);
#ifndef VM
bool pagedir_copy (uint32_t *dst, uint32_t *src);
#endif

/* What the CPU recorded about a page's use, read and cleared at once. */
bool pagedir_take_dirty (uint32_t *pd, const void *vaddr);
bool pagedir_take_accessed (uint32_t *pd, const void *vaddr);

#endif /* userprog/pagedir.h */
