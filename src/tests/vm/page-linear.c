/* Sequential passes over an array twice the size of the machine's
   memory (4 MB), so that most of it lives in swap at any moment: fill
   it front to back, then check it back to front, so that the pages
   filled first, long since evicted, are the last to come back.  A page
   that comes back stale, from the wrong slot or from the wrong place
   in the array shows up as a wrong word. */

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
  msg ("check it back to front");
  for (page = PAGES; page-- > 0; )
    pattern_check (words, page * PAGE_WORDS, PAGE_WORDS, 1, "array");
  msg ("all %d MB held what was written", SIZE_MB);
}
