/* sbrk() grows the heap: it returns the old break, and the new one is
   exactly that many bytes higher, not rounded to pages.  The heap
   starts on a page boundary above the program's data.  New heap
   memory reads as zeros and keeps what is written to it, first for
   three pages and a bit, then for 1 MB more, whose pages are read
   before they are written. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define SMALL_GROWTH (3 * PAGE_SIZE + 100)
#define BIG_GROWTH (1024 * 1024)

/* A variable in the bss, below the heap. */
static int bss_word;

/* Fails unless the SIZE bytes at START are all zero; WHAT names
   them. */
static void
check_zeros (const uint8_t *start, size_t size, const char *what)
{
  size_t i;

  for (i = 0; i < size; i++)
    if (start[i] != 0)
      fail ("%s: byte %zu is 0x%02x, not zero", what, i, start[i]);
}

/* Grows the heap by SIZE bytes, which must start at the break OLD,
   and returns them.  WHAT describes the growth. */
static uint8_t *
grow (uint8_t *old, size_t size, const char *what)
{
  uint8_t *start;

  CHECK ((start = sbrk (size)) == old, "sbrk (%zu) returns the old break: %s",
         size, what);
  if (sbrk (0) != old + size)
    fail ("the break is not %zu bytes above the old one", size);
  return start;
}

void
test_main (void)
{
  uint8_t *heap, *more;

  CHECK ((heap = sbrk (0)) != (void *) -1, "sbrk (0) returns the break");
  CHECK ((uintptr_t) heap % PAGE_SIZE == 0
         && (uintptr_t) heap > (uintptr_t) &bss_word,
         "it is a page boundary above the program's data");

  grow (heap, SMALL_GROWTH, "three pages and 100 bytes");
  check_zeros (heap, SMALL_GROWTH, "new heap");
  pattern_fill ((uint32_t *) heap, 0, SMALL_GROWTH / 4, 91);
  pattern_check ((uint32_t *) heap, 0, SMALL_GROWTH / 4, 91, "heap");
  msg ("it reads as zeros and keeps what is written");

  more = grow (heap + SMALL_GROWTH, BIG_GROWTH, "1 MB more");
  check_zeros (more, BIG_GROWTH, "1 MB more");
  pattern_fill ((uint32_t *) heap, 0, (SMALL_GROWTH + BIG_GROWTH) / 4, 92);
  pattern_check ((uint32_t *) heap, 0, (SMALL_GROWTH + BIG_GROWTH) / 4, 92,
                 "whole heap");
  msg ("all of it reads as zeros and keeps what is written");
}
