/* The RC4 stream cipher; see arc4.h. */

#include "tests/arc4.h"
#include <debug.h>

/* Exchanges entries A and B of ARC4's permutation. */
static void
swap_entries (struct arc4 *arc4, uint8_t a, uint8_t b)
{
  uint8_t t = arc4->perm[a];
  arc4->perm[a] = arc4->perm[b];
  arc4->perm[b] = t;
}

/* Sets up ARC4 for the KEY_SIZE bytes of KEY (RC4's key schedule). */
void
arc4_init (struct arc4 *arc4, const void *key_, size_t key_size)
{
  const uint8_t *key = key_;
  uint8_t j = 0;
  int i;

  ASSERT (key_size > 0);
  for (i = 0; i < 256; i++)
    arc4->perm[i] = i;
  for (i = 0; i < 256; i++)
    {
      j += arc4->perm[i] + key[i % key_size];
      swap_entries (arc4, i, j);
    }
  arc4->i = arc4->j = 0;
}

/* Xors the SIZE bytes at BUF with the next SIZE bytes of ARC4's
   keystream. */
void
arc4_crypt (struct arc4 *arc4, void *buf_, size_t size)
{
  uint8_t *buf = buf_;

  for (; size > 0; size--)
    {
      arc4->i++;
      arc4->j += arc4->perm[arc4->i];
      swap_entries (arc4, arc4->i, arc4->j);
      *buf++ ^= arc4->perm[(uint8_t) (arc4->perm[arc4->i]
                                      + arc4->perm[arc4->j])];
    }
}
