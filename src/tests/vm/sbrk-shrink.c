/* sbrk() with a negative increment shrinks the heap.  What stays below
   the new break keeps its contents; pages given up and then taken
   back read as zeros, not as what they held; the heap cannot shrink
   below its start; and a touch above the new break, in what was heap,
   kills the process. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define HEAP_PAGES 8
#define KEPT_PAGES 4
#define GIVEN_UP (HEAP_PAGES - KEPT_PAGES)

void
test_main (void)
{
  uint8_t *heap, *old;
  size_t i;

  CHECK ((heap = sbrk (HEAP_PAGES * PAGE_SIZE)) != (void *) -1,
         "grow the heap by %d pages", HEAP_PAGES);
  pattern_fill ((uint32_t *) heap, 0, HEAP_PAGES * PAGE_WORDS, 93);
  msg ("fill them");

  CHECK (sbrk (-GIVEN_UP * PAGE_SIZE) == heap + HEAP_PAGES * PAGE_SIZE
         && sbrk (0) == heap + KEPT_PAGES * PAGE_SIZE,
         "shrink it by %d pages", GIVEN_UP);
  pattern_check ((uint32_t *) heap, 0, KEPT_PAGES * PAGE_WORDS, 93,
                 "pages kept");
  msg ("the pages kept hold what was written");

  CHECK ((old = sbrk (GIVEN_UP * PAGE_SIZE)) == heap + KEPT_PAGES * PAGE_SIZE,
         "grow it by %d pages again", GIVEN_UP);
  for (i = 0; i < GIVEN_UP * PAGE_SIZE; i++)
    if (old[i] != 0)
      fail ("byte %zu of the pages taken back is 0x%02x", i, old[i]);
  msg ("the pages taken back read as zeros");

  CHECK (sbrk (-(HEAP_PAGES + 1) * PAGE_SIZE) == (void *) -1
         && sbrk (0) == heap + HEAP_PAGES * PAGE_SIZE,
         "shrinking below the start of the heap fails");

  CHECK (sbrk (-GIVEN_UP * PAGE_SIZE) != (void *) -1,
         "shrink it by %d pages again", GIVEN_UP);
  msg ("read the first page above the new break");
  msg ("read 0x%02x: should have been killed",
       *(volatile uint8_t *) (heap + KEPT_PAGES * PAGE_SIZE));
  fail ("the process survived");
}
