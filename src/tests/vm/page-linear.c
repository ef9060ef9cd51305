/* Sequential passes over an array twice the size of the machine's
   memory (4 MB), so that most of it lives in swap at any moment: fill
   it front to back, then check and refill each page front to back,
   then check it back to front.  Every word is checked twice, against
   two different patterns, so a page that comes back stale, from the
   wrong slot or from the wrong place in the array is caught. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define SIZE_MB 8
#define WORDS (SIZE_MB * 1024 * 1024 / sizeof (uint32_t))
#define PAGES (WORDS / PAGE_WORDS)

static uint32_t words[WORDS];

void
test_main (void)
{
  size_t page;

  msg ("fill %d MB front to back", SIZE_MB);
  pattern_fill (words, 0, WORDS, 1);

  msg ("check and refill each page, front to back");
  for (page = 0; page < PAGES; page++)
    {
      pattern_check (words, page * PAGE_WORDS, PAGE_WORDS, 1, "first fill");
      pattern_fill (words, page * PAGE_WORDS, PAGE_WORDS, 2);
    }

  msg ("check each page, back to front");
  for (page = PAGES; page-- > 0; )
    pattern_check (words, page * PAGE_WORDS, PAGE_WORDS, 2, "second fill");
  msg ("all %d MB held what was written", SIZE_MB);
}
