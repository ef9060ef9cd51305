/* Child of the page-merge tests: "child-sort FILE HOW" sorts the bytes
   of FILE (at most 128 kB) in place and exits with status 0.  HOW says
   where the sorting happens: "static" in static data, "stack" in local
   arrays, "mmap" in the file itself, mapped into memory.  The sort
   first sorts each page's worth of bytes on its own (by counting),
   then merges sorted runs of doubling length through a scratch area of
   the same size, so that the data and the scratch area are touched
   again on each of the merge passes (five for 96 kB). */

#include <string.h>
#include "tests/lib.h"

const char *test_name = "child-sort";

#define MAX_SIZE (128 * 1024)

/* Length of the runs that the first pass sorts on their own. */
#define RUN_SIZE 4096

/* Where "mmap" maps the file. */
#define MAP_ADDR ((unsigned char *) 0x10000000)

static unsigned char static_data[MAX_SIZE];
static unsigned char static_scratch[MAX_SIZE];

/* Merges the sorted runs FROM[LO, MID) and FROM[MID, HI) into TO[LO, HI). */
static void
merge_runs (const unsigned char *from, unsigned char *to,
            size_t lo, size_t mid, size_t hi)
{
  size_t a = lo, b = mid, out;

  for (out = lo; out < hi; out++)
    if (b >= hi || (a < mid && from[a] <= from[b]))
      to[out] = from[a++];
    else
      to[out] = from[b++];
}

/* Sorts the SIZE bytes at RUN by counting each byte value. */
static void
sort_run (unsigned char *run, size_t size)
{
  size_t count[256];
  size_t i, value;

  memset (count, 0, sizeof count);
  for (i = 0; i < size; i++)
    count[run[i]]++;
  for (value = 0; value < 256; value++)
    for (; count[value] > 0; count[value]--)
      *run++ = value;
}

/* Sorts the SIZE bytes at DATA, using the SIZE bytes at SCRATCH. */
static void
sort_bytes (unsigned char *data, unsigned char *scratch, size_t size)
{
  unsigned char *from = data, *to = scratch;
  size_t ofs, width;

  for (ofs = 0; ofs < size; ofs += RUN_SIZE)
    sort_run (data + ofs, size - ofs < RUN_SIZE ? size - ofs : RUN_SIZE);
  for (width = RUN_SIZE; width < size; width *= 2)
    {
      unsigned char *sorted;
      size_t lo;

      for (lo = 0; lo < size; lo += 2 * width)
        {
          size_t mid = lo + width < size ? lo + width : size;
          size_t hi = lo + 2 * width < size ? lo + 2 * width : size;

          merge_runs (from, to, lo, mid, hi);
        }

      /* This pass's output is the next pass's input. */
      sorted = to;
      to = from;
      from = sorted;
    }
  if (from != data)
    memcpy (data, from, size);
}

/* Reads the SIZE bytes of FD into DATA, sorts them with SCRATCH, and
   writes them back. */
static void
sort_through (int fd, unsigned char *data, unsigned char *scratch,
              size_t size)
{
  if (read (fd, data, size) != (int) size)
    fail ("read %zu bytes", size);
  sort_bytes (data, scratch, size);
  seek (fd, 0);
  if (write (fd, data, size) != (int) size)
    fail ("write %zu bytes", size);
}

/* sort_through() with DATA and SCRATCH on the stack. */
static void
sort_on_stack (int fd, size_t size)
{
  unsigned char data[MAX_SIZE];
  unsigned char scratch[MAX_SIZE];

  sort_through (fd, data, scratch, size);
}

/* Sorts FD's SIZE bytes in place through a mapping of the file. */
static void
sort_mapped (int fd, size_t size)
{
  mapid_t map = mmap (fd, MAP_ADDR);

  if (map == MAP_FAILED)
    fail ("mmap");
  sort_bytes (MAP_ADDR, static_scratch, size);
  munmap (map);
}

int
main (int argc, char *argv[])
{
  int fd;
  size_t size;

  if (argc != 3)
    fail ("usage: child-sort FILE static|stack|mmap");
  if ((fd = open (argv[1])) < 2)
    fail ("open \"%s\"", argv[1]);
  size = filesize (fd);
  if (size > MAX_SIZE)
    fail ("\"%s\" is larger than %d bytes", argv[1], MAX_SIZE);

  if (!strcmp (argv[2], "stack"))
    sort_on_stack (fd, size);
  else if (!strcmp (argv[2], "mmap"))
    sort_mapped (fd, size);
  else
    sort_through (fd, static_data, static_scratch, size);
  close (fd);
  return 0;
}
