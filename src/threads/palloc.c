/* The page allocator.

   Physical memory above the first megabyte (below it live the BIOS
   data, the boot sector, the boot page tables and the kernel image) is
   split into two pools of 4 kB pages: the kernel pool, for the kernel's
   own structures, and the user pool, for pages that user programs map.
   Keeping them apart means a greedy user program can exhaust the user
   pool without starving the kernel of the memory it needs to clean up.

   Each pool tracks its pages in a bitmap, one bit per page, set when
   the page is in use.  Both bitmaps are kept at the very start of free
   memory, so palloc_init() touches only low memory, which start.S has
   already mapped; the first pages handed out (paging_init()'s page
   tables) come from low memory too.

   Allocation is first fit.  That is simple and leaves room for
   multi-page requests at the top of the pools.

   Synchronization: the bitmaps are read and changed with interrupts
   off, not under a lock.  A lock would not do: the scheduler frees a
   dead thread's page (thread_schedule_tail()) with interrupts off, in
   whatever thread runs next, and that thread may have been preempted
   in the middle of an allocation from the same pool.  Each critical
   section is one short bitmap operation. */

#include "threads/palloc.h"
#include <bitmap.h>
#include <debug.h>
#include <round.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "threads/init.h"
#include "threads/interrupt.h"
#include "threads/vaddr.h"

/* A pool of pages. */
struct pool
  {
    struct bitmap *used_map;    /* One bit per page, true if in use. */
    uint8_t *base;              /* First page of the pool. */
  };

static struct pool kernel_pool, user_pool;

static void init_pool (struct pool *, void *bitmap_buf, void *base,
                       size_t page_cnt, const char *name);
static struct pool *pool_of (enum palloc_flags);
static struct pool *pool_containing (const void *page);

/* Splits free memory into the two pools, giving the user pool half of
   it but at most USER_PAGE_LIMIT pages. */
void
palloc_init (size_t user_page_limit)
{
  uint8_t *free_start = ptov (1024 * 1024);
  uint8_t *free_end = ptov (init_ram_pages * PGSIZE);
  size_t free_pages = (free_end - free_start) / PGSIZE;
  size_t map_size, map_pages;
  size_t user_pages, kernel_pages;

  /* Reserve room for both bitmaps, each sized for the worst case of
     every page in its pool. */
  map_size = bitmap_buf_size (free_pages);
  map_pages = DIV_ROUND_UP (2 * map_size, PGSIZE);
  ASSERT (map_pages < free_pages);
  free_pages -= map_pages;

  user_pages = free_pages / 2;
  if (user_pages > user_page_limit)
    user_pages = user_page_limit;
  kernel_pages = free_pages - user_pages;

  init_pool (&kernel_pool, free_start,
             free_start + map_pages * PGSIZE, kernel_pages, "kernel pool");
  init_pool (&user_pool, free_start + map_size,
             free_start + (map_pages + kernel_pages) * PGSIZE, user_pages,
             "user pool");
}

/* Obtains PAGE_CNT contiguous free pages and returns the kernel virtual
   address of the first.  With PAL_USER the pages come from the user
   pool, otherwise from the kernel pool.  With PAL_ZERO they are
   zeroed.  Returns NULL if no such run of pages is free, or panics if
   PAL_ASSERT is set. */
void *
palloc_get_multiple (enum palloc_flags flags, size_t page_cnt)
{
  struct pool *pool = pool_of (flags);
  void *pages = NULL;
  enum intr_level old_level;
  size_t page_idx;

  if (page_cnt == 0)
    return NULL;

  old_level = intr_disable ();
  page_idx = bitmap_scan_and_flip (pool->used_map, 0, page_cnt, false);
  intr_set_level (old_level);

  if (page_idx != BITMAP_ERROR)
    pages = pool->base + PGSIZE * page_idx;
  else if (flags & PAL_ASSERT)
    PANIC ("palloc_get: out of pages");

  if (pages != NULL && (flags & PAL_ZERO))
    memset (pages, 0, PGSIZE * page_cnt);
  return pages;
}

/* Obtains one free page; see palloc_get_multiple(). */
void *
palloc_get_page (enum palloc_flags flags)
{
  return palloc_get_multiple (flags, 1);
}

/* Frees the PAGE_CNT pages starting at PAGES, which must all have been
   allocated together or in smaller runs by this module.  Freeing a null
   pointer or zero pages does nothing. */
void
palloc_free_multiple (void *pages, size_t page_cnt)
{
  struct pool *pool;
  size_t first;
  enum intr_level old_level;

  ASSERT (pg_ofs (pages) == 0);
  if (page_cnt == 0 || pages == NULL)
    return;
  pool = pool_containing (pages);
  first = pg_no (pages) - pg_no (pool->base);

  /* Fill with a recognizable junk value, so that use after free shows
     up quickly instead of reading plausible stale data. */
  memset (pages, 0xcc, PGSIZE * page_cnt);

  old_level = intr_disable ();
  ASSERT (bitmap_all (pool->used_map, first, page_cnt));
  bitmap_set_multiple (pool->used_map, first, page_cnt, false);
  intr_set_level (old_level);
}

/* Frees the page at PAGE. */
void
palloc_free_page (void *page)
{
  palloc_free_multiple (page, 1);
}

/* Returns the number of free pages in the user pool if FLAGS has
   PAL_USER, otherwise in the kernel pool.  Tests use this to check that
   nothing leaks. */
size_t
palloc_count_free (enum palloc_flags flags)
{
  struct pool *pool = pool_of (flags);
  enum intr_level old_level;
  size_t free_cnt;

  old_level = intr_disable ();
  free_cnt = bitmap_count (pool->used_map, 0, bitmap_size (pool->used_map),
                           false);
  intr_set_level (old_level);
  return free_cnt;
}

/* Sets up POOL to manage PAGE_CNT pages starting at BASE, with its
   bitmap in BITMAP_BUF. */
static void
init_pool (struct pool *pool, void *bitmap_buf, void *base, size_t page_cnt,
           const char *name)
{
  printf ("%zu pages available in %s.\n", page_cnt, name);

  pool->used_map = bitmap_create_in_buf (page_cnt, bitmap_buf,
                                         bitmap_buf_size (page_cnt));
  pool->base = base;
}

/* Returns the pool FLAGS asks for. */
static struct pool *
pool_of (enum palloc_flags flags)
{
  return flags & PAL_USER ? &user_pool : &kernel_pool;
}

/* Returns the pool that PAGE was allocated from.  A page in neither
   pool never came from here, so freeing it is a kernel bug. */
static struct pool *
pool_containing (const void *page)
{
  struct pool *pools[] = {&kernel_pool, &user_pool};
  size_t i;

  for (i = 0; i < sizeof pools / sizeof *pools; i++)
    {
      const uint8_t *start = pools[i]->base;
      size_t pages = bitmap_size (pools[i]->used_map);

      if ((const uint8_t *) page >= start
          && (const uint8_t *) page < start + pages * PGSIZE)
        return pools[i];
    }
  PANIC ("palloc: %p was not allocated by the page allocator", page);
}
