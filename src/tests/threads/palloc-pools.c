/* The page allocator and its two pools.

   1. The whole user pool, one page at a time: exactly
      palloc_count_free (PAL_USER) pages, all distinct, page-aligned
      kernel addresses, each keeping what is written to it, and none
      taken from the kernel pool.  With every other page freed again
      a two-page request must fail unless two free pages are adjacent:
      multi-page runs are contiguous.  A pool whose pages all lie side
      by side must then satisfy one request for the whole pool.
   2. Multi-page runs in the kernel pool do not overlap each other.
   3. PAL_ZERO zeroes pages that were dirty when freed.
   At the end both pools have as many free pages as at the start. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

static int compare_addresses (const void *, const void *);
static void stamp (uint8_t *page, size_t page_cnt, unsigned id);
static void check_stamp (const uint8_t *page, size_t page_cnt, unsigned id);
static bool all_zero (const uint8_t *, size_t size);
static bool ranges_overlap (const uint8_t *a, size_t a_pages,
                            const uint8_t *b, size_t b_pages);

/* Takes every page of the user pool, USER_FREE pages, one at a time,
   into PAGES, sorted by address, and checks them.  Returns true if
   they all lie side by side. */
static bool
drain_user_pool (uint8_t **pages, size_t user_free)
{
  size_t kernel_free = palloc_count_free (0);
  bool contiguous = true;
  size_t cnt, i;

  for (cnt = 0; (pages[cnt] = palloc_get_page (PAL_USER)) != NULL; cnt++)
    {
      if (cnt == user_free)
        fail ("got more user pages than the %zu free", user_free);
      EXPECT (pg_ofs (pages[cnt]) == 0);
      EXPECT (is_kernel_vaddr (pages[cnt]));
      stamp (pages[cnt], 1, cnt);
    }
  if (cnt != user_free)
    fail ("got %zu user pages, but %zu were free", cnt, user_free);
  EXPECT (palloc_count_free (PAL_USER) == 0);
  EXPECT (palloc_count_free (0) == kernel_free);
  for (i = 0; i < cnt; i++)
    check_stamp (pages[i], 1, i);

  qsort (pages, cnt, sizeof *pages, compare_addresses);
  for (i = 1; i < cnt; i++)
    {
      EXPECT (pages[i] >= pages[i - 1] + PGSIZE);
      if (pages[i] != pages[i - 1] + PGSIZE)
        contiguous = false;
    }
  msg ("allocated all user pages, one at a time");
  return contiguous;
}

/* With the CNT user pages in PAGES, sorted, all allocated: frees every
   other one, and then checks that a two-page run can be had only if
   two free pages are adjacent.  Frees the rest. */
static void
test_runs_are_contiguous (uint8_t **pages, size_t cnt)
{
  bool adjacent_free = false;
  uint8_t *run;
  size_t i;

  for (i = 0; i < cnt; i += 2)
    palloc_free_page (pages[i]);
  for (i = 2; i < cnt; i += 2)
    if (pages[i] == pages[i - 2] + PGSIZE)
      adjacent_free = true;

  run = palloc_get_multiple (PAL_USER, 2);
  if (run == NULL && adjacent_free)
    fail ("no 2-page run, though 2 adjacent pages are free");
  if (run != NULL)
    {
      if (!adjacent_free)
        fail ("got 2 pages at %p with no 2 adjacent pages free", run);
      palloc_free_multiple (run, 2);
    }
  run = palloc_get_page (PAL_USER);
  EXPECT (run != NULL);
  EXPECT (bsearch (&run, pages, cnt, sizeof *pages, compare_addresses));
  palloc_free_page (run);

  for (i = 1; i < cnt; i += 2)
    palloc_free_page (pages[i]);
  msg ("multi-page runs are contiguous");
}

/* Takes the whole user pool of CNT pages in one request, zeroed. */
static void
test_whole_pool (size_t cnt)
{
  uint8_t *run = palloc_get_multiple (PAL_USER | PAL_ZERO, cnt);

  if (run == NULL)
    fail ("a contiguous pool of %zu pages cannot give them all", cnt);
  EXPECT (palloc_get_page (PAL_USER) == NULL);
  EXPECT (all_zero (run, cnt * PGSIZE));
  palloc_free_multiple (run, cnt);
}

/* Kernel-pool runs of several sizes must not overlap. */
static void
test_kernel_runs (void)
{
  size_t kernel_free = palloc_count_free (0);
  uint8_t *a = palloc_get_multiple (0, 6);
  uint8_t *b = palloc_get_multiple (0, 3);
  uint8_t *c = palloc_get_page (0);

  EXPECT (a != NULL && b != NULL && c != NULL);
  EXPECT (palloc_count_free (0) == kernel_free - 10);
  EXPECT (!ranges_overlap (a, 6, b, 3));
  EXPECT (!ranges_overlap (a, 6, c, 1));
  EXPECT (!ranges_overlap (b, 3, c, 1));
  stamp (a, 6, 1);
  stamp (b, 3, 2);
  stamp (c, 1, 3);
  check_stamp (a, 6, 1);
  check_stamp (b, 3, 2);
  check_stamp (c, 1, 3);
  palloc_free_multiple (b, 3);
  palloc_free_page (c);
  palloc_free_multiple (a, 6);
  EXPECT (palloc_count_free (0) == kernel_free);
  msg ("kernel-pool runs of 6, 3 and 1 pages do not overlap");
}

/* PAL_ZERO must clear pages that were dirty when freed. */
static void
test_pal_zero (void)
{
  uint8_t *a = palloc_get_multiple (0, 2);

  EXPECT (a != NULL);
  memset (a, 0xff, 2 * PGSIZE);
  palloc_free_multiple (a, 2);
  a = palloc_get_multiple (PAL_ZERO, 2);
  EXPECT (a != NULL);
  EXPECT (all_zero (a, 2 * PGSIZE));
  palloc_free_multiple (a, 2);
}

void
test_palloc_pools (void)
{
  size_t kernel_free = palloc_count_free (0);
  size_t user_free = palloc_count_free (PAL_USER);
  uint8_t **pages = malloc (sizeof *pages * (user_free + 1));
  bool contiguous;

  EXPECT (pages != NULL);
  EXPECT (user_free > 4);
  contiguous = drain_user_pool (pages, user_free);
  test_runs_are_contiguous (pages, user_free);
  if (contiguous)
    test_whole_pool (user_free);
  EXPECT (palloc_count_free (PAL_USER) == user_free);
  free (pages);

  test_kernel_runs ();
  test_pal_zero ();
  EXPECT (palloc_count_free (0) == kernel_free);
  EXPECT (palloc_count_free (PAL_USER) == user_free);
  msg ("PAL_ZERO pages are zero; both pools back to where they started");
}

/* qsort() and bsearch() comparison for an array of pointers. */
static int
compare_addresses (const void *a_, const void *b_)
{
  uintptr_t a = (uintptr_t) *(uint8_t *const *) a_;
  uintptr_t b = (uintptr_t) *(uint8_t *const *) b_;

  return a < b ? -1 : a > b;
}

/* Writes ID into the first and last word of each of the PAGE_CNT
   pages at PAGE, and the page's number within the run next to it. */
static void
stamp (uint8_t *page, size_t page_cnt, unsigned id)
{
  size_t i;

  for (i = 0; i < page_cnt; i++)
    {
      unsigned *words = (unsigned *) (page + i * PGSIZE);

      words[0] = id;
      words[1] = i;
      words[PGSIZE / sizeof *words - 2] = i;
      words[PGSIZE / sizeof *words - 1] = id;
    }
}

/* Fails unless stamp (PAGE, PAGE_CNT, ID) is still intact. */
static void
check_stamp (const uint8_t *page, size_t page_cnt, unsigned id)
{
  size_t i;

  for (i = 0; i < page_cnt; i++)
    {
      const unsigned *words = (const unsigned *) (page + i * PGSIZE);

      if (words[0] != id || words[1] != i
          || words[PGSIZE / sizeof *words - 2] != i
          || words[PGSIZE / sizeof *words - 1] != id)
        fail ("page %zu of the run at %p (id %u) was overwritten",
              i, page, id);
    }
}

/* True if the SIZE bytes at P are all zero. */
static bool
all_zero (const uint8_t *p, size_t size)
{
  size_t i;

  for (i = 0; i < size; i++)
    if (p[i] != 0)
      return false;
  return true;
}

/* True if the A_PAGES pages at A and the B_PAGES pages at B share a
   byte. */
static bool
ranges_overlap (const uint8_t *a, size_t a_pages,
                const uint8_t *b, size_t b_pages)
{
  return a < b + b_pages * PGSIZE && b < a + a_pages * PGSIZE;
}
