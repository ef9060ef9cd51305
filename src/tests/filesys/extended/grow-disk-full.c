/* Runs the disk full by growing one file, and checks the three things
   a full disk must not break: the write that hits the limit returns a
   short count (or 0) instead of failing the process or the kernel;
   everything written before is intact, in the full file and in a
   second file written beforehand; and the space an extension took,
   including the part of a failed one, comes back when the file is
   removed, so the same writes fill the disk again to the same byte. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

#define CHUNK 4096              /* Bytes per write. */
#define MIN_FILL (1024 * 1024)  /* At least this fits on the 2 MB disk. */

static unsigned char chunk[CHUNK];

/* Fills CHUNK with the bytes that belong at byte offset OFS of the
   filler: a pattern that differs from one chunk to the next. */
static void
fill_chunk (int ofs)
{
  int i;

  for (i = 0; i < CHUNK; i++)
    chunk[i] = (ofs / CHUNK * 7 + i) & 0xff;
}

/* Writes "filler" until the disk takes no more; returns the bytes
   written, checking that the file's size agrees. */
static int
fill (void)
{
  int total = 0;
  int fd;

  if (!create ("filler", 0))
    fail ("create \"filler\" failed");
  fd = open ("filler");
  if (fd < 2)
    fail ("open \"filler\" failed");
  for (;;)
    {
      int written;

      fill_chunk (total);
      written = write (fd, chunk, CHUNK);
      if (written < 0 || written > CHUNK)
        fail ("write at %d returned %d", total, written);
      total += written;
      if (written < CHUNK)
        break;
    }
  if (filesize (fd) != total)
    fail ("filler has %d bytes, but %d were written", filesize (fd), total);
  close (fd);
  return total;
}

/* Fails unless "filler" holds the pattern for its first SIZE bytes. */
static void
check_filler (int size)
{
  static unsigned char got[CHUNK];
  int fd = open ("filler");
  int ofs;

  if (fd < 2)
    fail ("open \"filler\" failed");
  for (ofs = 0; ofs < size; ofs += CHUNK)
    {
      int want = size - ofs < CHUNK ? size - ofs : CHUNK;

      fill_chunk (ofs);
      if (read (fd, got, want) != want)
        fail ("read at %d came up short", ofs);
      compare_bytes (got, chunk, want, ofs, "filler");
    }
  close (fd);
}

void
test_main (void)
{
  int first, second;

  put_text ("keep", "written before the disk filled up");
  msg ("fill the disk");
  first = fill ();
  CHECK (first >= MIN_FILL, "more than %d bytes fit", MIN_FILL);
  msg ("check what was written");
  check_filler (first);
  expect_text ("keep", "written before the disk filled up");
  CHECK (remove ("filler"), "remove \"filler\"");

  msg ("fill the disk again");
  second = fill ();
  CHECK (second == first, "as much fits the second time");
  check_filler (second);
  CHECK (remove ("filler"), "remove \"filler\"");
  expect_text ("keep", "written before the disk filled up");
}
