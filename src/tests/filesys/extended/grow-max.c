/* Grows one file to 8 MB, the largest size the file system promises,
   on a disk with room for it (the test runs with a 9 MB file-system
   partition), checks that it grows no further, and reads it all
   back.

   The data is each 32-bit word's own byte offset plus a salt: cheap to
   produce and to check, and a block written to the wrong place or read
   from the wrong place shows up at once, with where it came from. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define FILE_SIZE (8 * 1024 * 1024)
#define CHUNK (64 * 1024)       /* Bytes per read or write. */
#define SALT 0x5a5a0000u

static uint32_t chunk[CHUNK / sizeof (uint32_t)];

/* Fills CHUNK with the words that belong at byte offset OFS. */
static void
fill_chunk (uint32_t ofs)
{
  size_t i;

  for (i = 0; i < CHUNK / sizeof *chunk; i++)
    chunk[i] = (ofs + i * sizeof *chunk) ^ SALT;
}

/* Fails unless CHUNK holds the words that belong at OFS. */
static void
check_chunk (uint32_t ofs)
{
  size_t i;

  for (i = 0; i < CHUNK / sizeof *chunk; i++)
    if (chunk[i] != ((ofs + i * sizeof *chunk) ^ SALT))
      fail ("word at byte %zu is %08x, expected %08x (from byte %08x?)",
            ofs + i * sizeof *chunk, chunk[i],
            (ofs + i * sizeof *chunk) ^ SALT, chunk[i] ^ SALT);
}

void
test_main (void)
{
  uint32_t ofs;
  int fd;

  CHECK (create ("huge", 0), "create \"huge\"");
  CHECK ((fd = open ("huge")) > 1, "open \"huge\"");
  msg ("write %d bytes", FILE_SIZE);
  for (ofs = 0; ofs < FILE_SIZE; ofs += CHUNK)
    {
      int written;

      fill_chunk (ofs);
      written = write (fd, chunk, CHUNK);
      if (written != CHUNK)
        fail ("write of %d bytes at %u returned %d", CHUNK, ofs, written);
    }
  CHECK (filesize (fd) == FILE_SIZE, "size is %d", FILE_SIZE);
  CHECK (write (fd, chunk, 1) == 0, "a write past 8 MB writes nothing");
  CHECK (filesize (fd) == FILE_SIZE, "size is still %d", FILE_SIZE);

  msg ("read it back");
  seek (fd, 0);
  for (ofs = 0; ofs < FILE_SIZE; ofs += CHUNK)
    {
      int got = read (fd, chunk, CHUNK);

      if (got != CHUNK)
        fail ("read of %d bytes at %u returned %d", CHUNK, ofs, got);
      check_chunk (ofs);
    }
  msg ("close \"huge\"");
  close (fd);
}
