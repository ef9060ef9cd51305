/* Passes over an array the size of the machine's memory, nearly three
   times what user programs get, that visit its pages in strided
   orders (every 7th page, then every 13th, wrapping around until each
   page has had its turn), so that neighbouring pages are never touched
   one after the other and eviction sees no sequential pattern.  The
   first pass fills each page, the second checks it. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define SIZE_MB 4
#define WORDS (SIZE_MB * 1024 * 1024 / sizeof (uint32_t))
#define PAGES (WORDS / PAGE_WORDS)

static uint32_t words[WORDS];

/* Visits every page once, STRIDE pages apart, and fills it with
   pattern SEED if FILL, else checks it against that pattern. */
static void
stride_pass (size_t stride, uint32_t seed, bool fill)
{
  size_t start, page;

  for (start = 0; start < stride; start++)
    for (page = start; page < PAGES; page += stride)
      {
        size_t first = page * PAGE_WORDS;

        if (fill)
          pattern_fill (words, first, PAGE_WORDS, seed);
        else
          pattern_check (words, first, PAGE_WORDS, seed, "strided check");
      }
}

void
test_main (void)
{
  msg ("fill %d MB, every 7th page at a time", SIZE_MB);
  stride_pass (7, 21, true);
  msg ("check it, every 13th page at a time");
  stride_pass (13, 21, false);
  msg ("all %d MB held what was written", SIZE_MB);
}
