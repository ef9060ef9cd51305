/* A heap bigger than memory and swap together works as long as the
   program touches little of it: growing the heap only records its new
   end.  This program grows the heap by 64 MB (the machine has 4 MB of
   memory and 4 MB of swap), writes one word in each of 64 pages spread
   over it, reads a word of 64 other pages (zeros) and the last byte,
   gives all of it back, and then takes it again, when the pages it
   wrote must read as zeros.  The check (sbrk-huge.ck) reads the
   counters: only the pages touched may have cost anything. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define HEAP_MB 64
#define HEAP_SIZE (HEAP_MB * 1024 * 1024)
#define HEAP_PAGES (HEAP_SIZE / PAGE_SIZE)

/* Pages touched: every STRIDE-th is written, and the one
   halfway between each two of those read. */
#define TOUCHED 64
#define STRIDE (HEAP_PAGES / TOUCHED)

/* Returns word 0 of page PAGE of HEAP. */
static volatile uint32_t *
page_word (uint8_t *heap, int page)
{
  return (volatile uint32_t *) (heap + (size_t) page * PAGE_SIZE);
}

/* Fails unless the written pages of HEAP hold their words (or, if not
   WRITTEN, zeros) and the pages between them zeros; WHAT names the
   heap. */
static void
check_pages (uint8_t *heap, bool written, const char *what)
{
  int i;

  for (i = 0; i < TOUCHED; i++)
    {
      uint32_t expected = written ? pattern_word (94, i) : 0;

      if (*page_word (heap, i * STRIDE) != expected)
        fail ("%s: page %d does not hold 0x%08x", what, i * STRIDE,
              (unsigned) expected);
      if (*page_word (heap, i * STRIDE + STRIDE / 2) != 0)
        fail ("%s: page %d is not zero", what, i * STRIDE + STRIDE / 2);
    }
  if (((volatile uint8_t *) heap)[HEAP_SIZE - 1] != 0)
    fail ("%s: the last byte is not zero", what);
}

void
test_main (void)
{
  uint8_t *heap;
  int i;

  CHECK ((heap = sbrk (HEAP_SIZE)) != (void *) -1,
         "grow the heap by %d MB", HEAP_MB);
  for (i = 0; i < TOUCHED; i++)
    *page_word (heap, i * STRIDE) = pattern_word (94, i);
  check_pages (heap, true, "heap");
  msg ("write %d pages spread over it and read %d others", TOUCHED, TOUCHED);

  CHECK (sbrk (-HEAP_SIZE) == heap + HEAP_SIZE && sbrk (0) == heap,
         "give all of it back");
  CHECK (sbrk (HEAP_SIZE) == heap, "take it again");
  check_pages (heap, false, "heap taken again");
  msg ("the pages written read as zeros now");
}
