/* Fills the disk with one file: finds the largest file that can be
   created, writes it with pseudo-random data until it is full or the
   disk is, and reads everything back.  It then removes the file and
   does the same again, which works only if removal freed the space.

   With files of fixed size, as in the base file system, the largest
   file that can be created is exactly what the free space allows and
   is written to its end.  A file system that allocates on write may
   accept any size up to its limit; then writing stops short when the
   disk is full.  Either way at least MIN_FILL bytes must fit on the
   2 MB disk the tests use. */

#include <random.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define FILE_NAME "filler"
#define MAX_SIZE (4 * 1024 * 1024)  /* Largest size tried. */
#define STEP 4096                   /* Precision of the search. */
#define MIN_FILL (1024 * 1024)      /* What must fit. */
#define SEED 0x5eed

static char block[STEP];
static char expected[STEP];

/* Returns true if a file of SIZE bytes can be created, leaving no file
   behind. */
static bool
can_create (size_t size)
{
  if (!create (FILE_NAME, size))
    return false;
  if (!remove (FILE_NAME))
    fail ("remove \"%s\" failed", FILE_NAME);
  return true;
}

/* Returns the size of the largest file that can be created, to STEP
   bytes, up to MAX_SIZE. */
static size_t
largest_creatable (void)
{
  size_t lo = 0;                /* Known to fit (in steps). */
  size_t hi = MAX_SIZE / STEP;  /* Known not to fit, or the limit. */

  if (can_create (MAX_SIZE))
    return MAX_SIZE;
  while (hi - lo > 1)
    {
      size_t mid = (lo + hi) / 2;

      if (can_create (mid * STEP))
        lo = mid;
      else
        hi = mid;
    }
  return lo * STEP;
}

/* Writes FD from its start with the random stream from SEED, STEP
   bytes at a time, until SIZE bytes are written or a write comes up
   short.  Returns the number of bytes written. */
static size_t
write_stream (int fd, size_t size)
{
  size_t total = 0;

  random_init (SEED);
  while (total < size)
    {
      int written;

      random_bytes (block, STEP);
      written = write (fd, block, STEP);
      if (written > 0)
        total += written;
      if (written != STEP)
        break;
    }
  return total;
}

/* Checks that FD holds the first SIZE bytes of the random stream from
   SEED, reading from its start. */
static void
check_stream (int fd, size_t size)
{
  size_t ofs;

  random_init (SEED);
  seek (fd, 0);
  for (ofs = 0; ofs < size; ofs += STEP)
    {
      size_t want = size - ofs < STEP ? size - ofs : STEP;
      int got;

      random_bytes (expected, STEP);
      got = read (fd, block, want);
      if (got != (int) want)
        fail ("read %zu bytes at offset %zu returned %d", want, ofs, got);
      compare_bytes (block, expected, want, ofs, FILE_NAME);
    }
}

/* Creates a file of SIZE bytes, writes it as far as the disk allows
   and checks it.  Returns the number of bytes it held. */
static size_t
fill_once (size_t size)
{
  size_t written;
  int fd;

  CHECK (create (FILE_NAME, size), "create \"%s\"", FILE_NAME);
  CHECK ((fd = open (FILE_NAME)) > 1, "open \"%s\"", FILE_NAME);
  written = write_stream (fd, size);
  CHECK (written >= MIN_FILL, "write at least %d bytes", MIN_FILL);
  msg ("read back what was written");
  check_stream (fd, written);
  msg ("close \"%s\"", FILE_NAME);
  close (fd);
  CHECK (remove (FILE_NAME), "remove \"%s\"", FILE_NAME);
  return written;
}

void
test_main (void)
{
  size_t size, first, second;

  msg ("find the largest file that can be created");
  size = largest_creatable ();
  CHECK (size >= MIN_FILL, "it has at least %d bytes", MIN_FILL);

  msg ("fill the disk");
  first = fill_once (size);
  msg ("fill the disk again");
  second = fill_once (size);
  CHECK (second >= first, "the space came back");
}
