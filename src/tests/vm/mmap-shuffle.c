/* Random touches of a mapped file larger than the memory left for it:
   a 1 MB file is mapped, and a stream of random swaps of its bytes is
   applied both through the mapping and to a 1 MB copy in anonymous
   memory, so that dirty mapped pages are evicted to the file, and
   anonymous ones to swap, in no particular order.  After munmap the
   file must equal the copy. */

#include <random.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

#define FILE_SIZE (1024 * 1024)
#define FILE_WORDS (FILE_SIZE / sizeof (uint32_t))
#define SWAPS 800

static uint32_t copy[FILE_WORDS];

/* Exchanges bytes I and J of the array A. */
static void
exchange (unsigned char *a, size_t i, size_t j)
{
  unsigned char t = a[i];

  a[i] = a[j];
  a[j] = t;
}

/* Fails unless FD's bytes, from offset 0, equal `copy'. */
static void
compare_file (int fd)
{
  static unsigned char chunk[16 * 1024];
  size_t ofs;

  seek (fd, 0);
  for (ofs = 0; ofs < FILE_SIZE; ofs += sizeof chunk)
    {
      if (read (fd, chunk, sizeof chunk) != sizeof chunk)
        fail ("read at offset %zu", ofs);
      compare_bytes (chunk, (unsigned char *) copy + ofs, sizeof chunk, ofs,
                     "shuffle.dat");
    }
}

void
test_main (void)
{
  unsigned char *mapping = MAP_ADDR;
  mapid_t map;
  size_t k;
  int fd;

  pattern_fill (copy, 0, FILE_WORDS, 91);
  fd = make_file ("shuffle.dat", copy, FILE_SIZE);
  map = map_or_fail (fd, mapping, "shuffle.dat");

  random_init (0xdec0de);
  for (k = 0; k < SWAPS; k++)
    {
      size_t i = random_ulong () % FILE_SIZE;
      size_t j = random_ulong () % FILE_SIZE;

      exchange (mapping, i, j);
      exchange ((unsigned char *) copy, i, j);
    }
  msg ("swap %d random pairs of bytes in the mapping and in a copy", SWAPS);
  if (memcmp (mapping, copy, FILE_SIZE))
    fail ("the mapping differs from the copy");
  msg ("the mapping equals the copy");
  munmap (map);
  compare_file (fd);
  msg ("after munmap, the file equals the copy");
  close (fd);
}
