/* A workload of `make bench': "bench-mcopy KB" creates a KB-kilobyte
   file of known bytes and an empty one of the same size, maps both,
   copies one mapping to the other with memcpy(), unmaps them, and
   checks the copy by reading it back. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tests/lib.h"

const char *test_name = "bench-mcopy";

#define SRC_ADDR ((void *) 0x10000000)
#define DST_ADDR ((void *) 0x20000000)
#define MAX_KB 4096

/* Fills the 1 kB BLOCK with the bytes of block NUMBER of the source. */
static void
make_block (uint32_t *block, size_t number)
{
  size_t i;

  for (i = 0; i < 256; i++)
    block[i] = number * 256 + i;
}

/* Creates file NAME of SIZE bytes, filled with the source's bytes if
   FILL, and returns a descriptor open on it. */
static int
make_file (const char *name, size_t size, bool fill)
{
  uint32_t block[256];
  size_t ofs;
  int fd;

  if (!create (name, size) || (fd = open (name)) < 2)
    fail ("create \"%s\"", name);
  for (ofs = 0; fill && ofs < size; ofs += sizeof block)
    {
      make_block (block, ofs / sizeof block);
      if (write (fd, block, sizeof block) != sizeof block)
        fail ("write \"%s\"", name);
    }
  return fd;
}

int
main (int argc, char *argv[])
{
  uint32_t want[256], got[256];
  size_t size, ofs;
  mapid_t src_map, dst_map;
  int src, dst;

  if (argc != 2 || atoi (argv[1]) < 1 || atoi (argv[1]) > MAX_KB)
    fail ("usage: bench-mcopy KB, with KB from 1 to %d", MAX_KB);
  size = atoi (argv[1]) * 1024;
  src = make_file ("source", size, true);
  dst = make_file ("copy", size, false);
  if ((src_map = mmap (src, SRC_ADDR)) == MAP_FAILED
      || (dst_map = mmap (dst, DST_ADDR)) == MAP_FAILED)
    fail ("mmap");
  memcpy (DST_ADDR, SRC_ADDR, size);
  munmap (src_map);
  munmap (dst_map);

  seek (dst, 0);
  for (ofs = 0; ofs < size; ofs += sizeof got)
    {
      make_block (want, ofs / sizeof got);
      if (read (dst, got, sizeof got) != sizeof got
          || memcmp (got, want, sizeof got))
        fail ("the copy differs in its block at offset %zu", ofs);
    }
  return 0;
}
