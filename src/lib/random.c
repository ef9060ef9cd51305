/* Pseudo-random bytes from the RC4 keystream.

   The state is a permutation of the 256 byte values plus two
   indices into it.  random_init() builds the permutation from the
   seed (RC4's key schedule); each output byte then advances the
   indices, swaps two entries and emits a third (RC4's output step).
   The state is global, so callers that share it from several threads
   must serialize themselves. */

#include "random.h"
#include <stdbool.h>
#include <stdint.h>

/* The permutation and the two stream indices. */
static uint8_t perm[256];
static uint8_t index_i, index_j;

/* Set once random_init() has run; until then the first use seeds
   the generator with 0. */
static bool seeded;

/* Exchanges the bytes at A and B. */
static void
swap_bytes (uint8_t *a, uint8_t *b)
{
  uint8_t t = *a;
  *a = *b;
  *b = t;
}

/* Resets the generator to the start of the stream for SEED. */
void
random_init (unsigned seed)
{
  uint8_t key[sizeof seed];
  unsigned i;
  uint8_t j;

  for (i = 0; i < sizeof key; i++)
    key[i] = seed >> (8 * i);

  for (i = 0; i < 256; i++)
    perm[i] = i;
  for (i = 0, j = 0; i < 256; i++)
    {
      j += perm[i] + key[i % sizeof key];
      swap_bytes (&perm[i], &perm[j]);
    }

  index_i = index_j = 0;
  seeded = true;
}

/* Stores the next SIZE bytes of the stream into BUF. */
void
random_bytes (void *buf, size_t size)
{
  uint8_t *out = buf;

  if (!seeded)
    random_init (0);

  while (size-- > 0)
    {
      index_i++;
      index_j += perm[index_i];
      swap_bytes (&perm[index_i], &perm[index_j]);
      *out++ = perm[(uint8_t) (perm[index_i] + perm[index_j])];
    }
}

/* Returns a number made of the next bytes of the stream. */
unsigned long
random_ulong (void)
{
  unsigned long value;

  random_bytes (&value, sizeof value);
  return value;
}
