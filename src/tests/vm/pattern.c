/* Word patterns for the virtual-memory tests; see pattern.h.

   The words come from a small integer hash of the seed and the index:
   cheap enough that filling and checking megabytes costs little next
   to the paging it provokes, and mixed enough that neighbouring words,
   pages and seeds never agree by accident. */

#include "tests/vm/pattern.h"
#include "tests/lib.h"

/* Returns word INDEX of the pattern for SEED. */
uint32_t
pattern_word (uint32_t seed, size_t index)
{
  uint32_t x = (uint32_t) index * 0x9e3779b1u ^ (seed * 0x7feb352du + 1);

  x ^= x >> 16;
  x *= 0x846ca68bu;
  x ^= x >> 15;
  return x;
}

/* Stores words FIRST to FIRST + CNT - 1 of pattern SEED at the same
   indexes of WORDS. */
void
pattern_fill (uint32_t *words, size_t first, size_t cnt, uint32_t seed)
{
  size_t i;

  for (i = first; i < first + cnt; i++)
    words[i] = pattern_word (seed, i);
}

/* Fails, naming WHAT and the first wrong index, unless words FIRST to
   FIRST + CNT - 1 of WORDS hold pattern SEED. */
void
pattern_check (const uint32_t *words, size_t first, size_t cnt,
               uint32_t seed, const char *what)
{
  size_t i;

  for (i = first; i < first + cnt; i++)
    if (words[i] != pattern_word (seed, i))
      fail ("%s: word %zu (page %zu) is 0x%08x, expected 0x%08x", what, i,
            i / PAGE_WORDS, (unsigned) words[i],
            (unsigned) pattern_word (seed, i));
}
