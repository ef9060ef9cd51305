/* Executables are loaded lazily, a page at a time on first touch: this
   program carries 1 MB of read-only data, of which it reads a single
   byte.  The check (page-lazy.ck) reads the kernel's counters and the
   file system disk's read count: a kernel that loads the whole 1 MB
   at exec reads at least 2048 sectors more than one that loads only
   the pages touched. */

#include "tests/lib.h"
#include "tests/main.h"

#define BIG_SIZE (1024 * 1024)

/* All of it is in the executable file.  The index is read at run time,
   so that the compiler cannot fold the one read into a constant and
   drop the array. */
static const unsigned char big[BIG_SIZE] = { [BIG_SIZE / 2] = 42, 1 };
static volatile size_t middle = BIG_SIZE / 2;

void
test_main (void)
{
  msg ("one byte from the middle of 1 MB of data: %d", big[middle]);
}
