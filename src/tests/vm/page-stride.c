/* Passes over an array twice the size of the machine's memory that
   visit its pages in strided orders (every 7th page, then every 13th,
   then every 5th, wrapping around until each page has had its turn),
   so that neighbouring pages are never touched one after the other
   and eviction sees no sequential pattern.  Each visit checks a whole
   page and refills it with the next pass's pattern. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define SIZE_MB 8
#define WORDS (SIZE_MB * 1024 * 1024 / sizeof (uint32_t))
#define PAGES (WORDS / PAGE_WORDS)

static uint32_t words[WORDS];

/* Visits every page once, STRIDE pages apart: checks it against
   pattern CHECK_SEED unless that is 0, then fills it with pattern
   FILL_SEED unless that is 0. */
static void
stride_pass (size_t stride, uint32_t check_seed, uint32_t fill_seed)
{
  size_t start, page;

  for (start = 0; start < stride; start++)
    for (page = start; page < PAGES; page += stride)
      {
        size_t first = page * PAGE_WORDS;

        if (check_seed != 0)
          pattern_check (words, first, PAGE_WORDS, check_seed, "strided pass");
        if (fill_seed != 0)
          pattern_fill (words, first, PAGE_WORDS, fill_seed);
      }
}

void
test_main (void)
{
  msg ("fill %d MB, every 7th page at a time", SIZE_MB);
  stride_pass (7, 0, 21);
  msg ("check and refill, every 13th page at a time");
  stride_pass (13, 21, 22);
  msg ("check, every 5th page at a time");
  stride_pass (5, 22, 0);
  msg ("all %d MB held what was written", SIZE_MB);
}
