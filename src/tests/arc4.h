#ifndef TESTS_ARC4_H
#define TESTS_ARC4_H

/* The RC4 stream cipher, for test programs that want a stream of
   bytes that a check script can regenerate (tests/arc4.pm computes the
   same stream in Perl).

   arc4_init() keys a state; each arc4_crypt() then combines the next
   bytes of the keystream with a buffer (xor), continuing where the
   previous call stopped.  Crypting zeros yields the keystream itself. */

#include <stddef.h>
#include <stdint.h>

struct arc4
  {
    uint8_t perm[256];          /* A permutation of the byte values. */
    uint8_t i, j;               /* Stream position. */
  };

void arc4_init (struct arc4 *, const void *key, size_t key_size);
void arc4_crypt (struct arc4 *, void *buf, size_t size);

#endif /* tests/arc4.h */
