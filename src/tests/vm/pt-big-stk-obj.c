/* One local object much larger than a page: the function's prologue
   moves the stack pointer down past many pages at once, and the first
   access to the object may land anywhere in it, far above the new
   stack pointer but far below any page the stack had before. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

/* Words in the object: 160 kB. */
#define OBJECT_WORDS (40 * PAGE_WORDS)

void
test_main (void)
{
  uint32_t object[OBJECT_WORDS];
  size_t page;

  /* Fill the object from its middle outwards and backwards, so that
     the first touch is not at either end. */
  for (page = OBJECT_WORDS / PAGE_WORDS / 2; page-- > 0; )
    pattern_fill (object, page * PAGE_WORDS, PAGE_WORDS, 11);
  pattern_fill (object, OBJECT_WORDS / 2, OBJECT_WORDS / 2, 11);
  msg ("filled a %zu kB local object", sizeof object / 1024);
  pattern_check (object, 0, OBJECT_WORDS, 11, "local object");
  msg ("it holds what was written");
}
