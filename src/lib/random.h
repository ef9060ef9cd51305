#ifndef __LIB_RANDOM_H
#define __LIB_RANDOM_H

#include <stddef.h>

/* A small pseudo-random number generator.  It is deterministic:
   the same seed always yields the same byte stream, which tests rely
   on to regenerate and check data they wrote earlier.  It is not
   suitable for cryptography, nor safe to call from several threads
   at once without external locking.

   The generator is the RC4 keystream, keyed with the four bytes of
   the seed in little-endian order.  Calling any function before
   random_init() behaves as if random_init (0) had been called. */

/* Restarts the stream from SEED. */
void random_init (unsigned seed);

/* Fills the SIZE bytes at BUF with the next bytes of the stream. */
void random_bytes (void *buf, size_t size);

/* Returns the next sizeof (unsigned long) bytes of the stream as a
   number. */
unsigned long random_ulong (void);

#endif /* lib/random.h */
