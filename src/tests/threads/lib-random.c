/* Unit tests of lib/random.c.

   Tests elsewhere regenerate data from a seed to check what they
   wrote earlier, so the one property that matters most is
   reproducibility: the same seed gives the same stream, however it
   is consumed (in one call or in pieces, as bytes or as longs), and
   different seeds give different streams.  A loose check of the byte
   distribution catches a generator that is stuck or badly biased. */

#include <random.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"

#define STREAM_SIZE 256
#define SAMPLE_SIZE 25600

/* The stream from a seed, drawn in various ways. */
static void
test_reproducibility (void)
{
  uint8_t whole[STREAM_SIZE], pieces[STREAM_SIZE], other[STREAM_SIZE];
  unsigned long longs[4], longs_again[4];
  size_t i, ofs, piece;

  random_init (42);
  random_bytes (whole, sizeof whole);
  random_init (42);
  for (ofs = 0, piece = 1; ofs < STREAM_SIZE; ofs += piece, piece++)
    random_bytes (pieces + ofs,
                  piece < STREAM_SIZE - ofs ? piece : STREAM_SIZE - ofs);
  EXPECT (!memcmp (whole, pieces, STREAM_SIZE));
  msg ("the same seed gives the same stream, in one call or in pieces");

  random_init (42);
  for (i = 0; i < 4; i++)
    longs[i] = random_ulong ();
  EXPECT (!memcmp (longs, whole, sizeof longs));
  random_init (42);
  for (i = 0; i < 4; i++)
    longs_again[i] = random_ulong ();
  EXPECT (!memcmp (longs, longs_again, sizeof longs));
  msg ("random_ulong draws from the same stream");

  random_init (43);
  random_bytes (other, sizeof other);
  EXPECT (memcmp (whole, other, STREAM_SIZE));
  random_init (0);
  random_bytes (other, sizeof other);
  EXPECT (memcmp (whole, other, STREAM_SIZE));
  msg ("different seeds give different streams");
}

/* Counts the values of SAMPLE_SIZE bytes from one seed: each should
   come up about SAMPLE_SIZE / 256 = 100 times. */
static void
test_distribution (void)
{
  static unsigned counts[256];
  unsigned min, max;
  size_t i;

  random_init (7);
  for (i = 0; i < SAMPLE_SIZE; i++)
    {
      uint8_t byte;

      random_bytes (&byte, 1);
      counts[byte]++;
    }
  min = max = counts[0];
  for (i = 1; i < 256; i++)
    {
      if (counts[i] < min)
        min = counts[i];
      if (counts[i] > max)
        max = counts[i];
    }
  if (min < 50 || max > 150)
    fail ("byte counts range from %u to %u, expected about 100 each",
          min, max);
  msg ("every byte value turns up about equally often");
}

void
test_lib_random (void)
{
  test_reproducibility ();
  test_distribution ();
}
