#ifndef THREADS_PALLOC_H
#define THREADS_PALLOC_H

/* Page allocator: hands out physical memory in whole 4 kB pages, from
   two pools, one for the kernel's own data and one for user pages, so
   that user programs cannot starve the kernel.  Pages are named by
   their kernel virtual addresses (see vaddr.h). */

#include <stddef.h>

/* Requests for palloc_get_page() and palloc_get_multiple(), or-ed
   together; 0 asks for kernel-pool pages with whatever they hold. */
enum palloc_flags
  {
    PAL_ASSERT = 1,             /* Panic instead of returning NULL. */
    PAL_ZERO = 2,               /* Hand the pages out cleared. */
    PAL_USER = 4                /* Take them from the user pool. */
  };

/* Called once, early in boot, before any other function here. */
void palloc_init (size_t user_page_limit);

/* Allocation and release.  A run of pages may be freed all at once or
   piecemeal, one page or a smaller run at a time. */
void *palloc_get_multiple (enum palloc_flags, size_t page_cnt);
void *palloc_get_page (enum palloc_flags);
void palloc_free_multiple (void *, size_t page_cnt);
void palloc_free_page (void *);

/* Free pages left in the pool that FLAGS selects (PAL_USER or not). */
size_t palloc_count_free (enum palloc_flags);

#endif /* threads/palloc.h */
