/* Runs the disk full by growing one file, and checks the three things
   a full disk must not break: the write that hits the limit returns a
   short count (or 0) instead of failing the process or the kernel;
   everything written before is intact, in the full file and in a
   second file written beforehand; and the space an extension took,
   including the part of a failed one, comes back when the file is
   removed, so the same writes fill the disk again to the same byte.
   In between, with the disk nearly full, a write far past the end of
   a file must not leak what it allocated before running out. */

#include <limits.h>
#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

#define CHUNK 4096              /* Bytes per write. */
#define MIN_FILL (1024 * 1024)  /* At least this fits on the 2 MB disk. */
#define LEFT (256 * 1024)       /* Space left for the failed extension. */
#define FAR (1024 * 1024)       /* Where it writes in an empty file. */

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

/* Creates file NAME and writes it with the pattern until LIMIT bytes
   are written or the disk takes no more; returns the bytes written,
   checking that the file's size agrees. */
static int
fill (const char *name, int limit)
{
  int total = 0;
  int fd;

  if (!create (name, 0))
    fail ("create \"%s\" failed", name);
  fd = open (name);
  if (fd < 2)
    fail ("open \"%s\" failed", name);
  while (total < limit)
    {
      int want = limit - total < CHUNK ? limit - total : CHUNK;
      int written;

      fill_chunk (total);
      written = write (fd, chunk, want);
      if (written < 0 || written > want)
        fail ("write at %d in \"%s\" returned %d", total, name, written);
      total += written;
      if (written < want)
        break;
    }
  if (filesize (fd) != total)
    fail ("\"%s\" has %d bytes, but %d were written",
          name, filesize (fd), total);
  close (fd);
  return total;
}

/* Returns how many bytes a new file can take now, leaving the disk as
   it was. */
static int
free_bytes (void)
{
  int size = fill ("probe", INT_MAX);

  if (!remove ("probe"))
    fail ("remove \"probe\" failed");
  return size;
}

/* With LEFT bytes or so free, tries a write far past the end of a new
   file, whose gap cannot fit (unless the file system leaves gaps
   unallocated, when it may succeed), and fails if the space free
   afterwards is not what it was: whatever the write allocated before
   it ran out must have been given back. */
static void
failed_extension (void)
{
  int before = free_bytes ();
  int fd;

  if (!create ("far", 0))
    fail ("create \"far\" failed");
  fd = open ("far");
  if (fd < 2)
    fail ("open \"far\" failed");
  seek (fd, FAR);
  if (write (fd, "x", 1) > 1)
    fail ("write of 1 byte returned more");
  close (fd);
  if (!remove ("far"))
    fail ("remove \"far\" failed");
  CHECK (free_bytes () == before,
         "a write %d bytes into a new file leaks nothing",
         FAR);
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
  first = fill ("filler", INT_MAX);
  CHECK (first >= MIN_FILL, "more than %d bytes fit", MIN_FILL);
  msg ("check what was written");
  check_filler (first);
  expect_text ("keep", "written before the disk filled up");
  CHECK (remove ("filler"), "remove \"filler\"");

  msg ("fill all but %d bytes", LEFT);
  if (fill ("filler", first - LEFT) != first - LEFT)
    fail ("the disk took less than the first time");
  failed_extension ();
  CHECK (remove ("filler"), "remove \"filler\"");

  msg ("fill the disk again");
  second = fill ("filler", INT_MAX);
  CHECK (second == first, "as much fits the second time");
  check_filler (second);
  CHECK (remove ("filler"), "remove \"filler\"");
  expect_text ("keep", "written before the disk filled up");
}
