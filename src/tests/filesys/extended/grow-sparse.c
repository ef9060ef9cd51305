/* Seeks far past the end of an empty file and writes there; then
   writes a few bytes inside the gap.  The gap must read as zeros
   except where written, and the size must end at the far write.  A
   fresh disk is all zeros, which would hide a gap left unzeroed, so
   the test first fills sectors with other bytes and frees them again
   for the sparse file to reuse. */

#include <string.h>
#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

#define FAR 76543               /* Offset of the far write. */
#define NEAR 30001              /* Offset of the write into the gap. */

static char expected[FAR + 4];

/* Writes a file as large as the sparse one, of non-zero bytes, and
   removes it, so that the sectors the sparse file gets are dirty. */
static void
soil_free_sectors (void)
{
  static char junk[FAR + 3];

  memset (junk, 0xa5, sizeof junk);
  put_file ("junk", junk, sizeof junk);
  CHECK (remove ("junk"), "write and remove %zu bytes of junk", sizeof junk);
}

void
test_main (void)
{
  int fd;

  soil_free_sectors ();
  CHECK (create ("sparse", 0), "create \"sparse\"");
  CHECK ((fd = open ("sparse")) > 1, "open \"sparse\"");
  msg ("seek to %d and write \"end\"", FAR);
  seek (fd, FAR);
  if (write (fd, "end", 3) != 3)
    fail ("write at %d failed", FAR);
  CHECK (filesize (fd) == FAR + 3, "size is %d", FAR + 3);
  msg ("seek to %d and write \"mid\"", NEAR);
  seek (fd, NEAR);
  if (write (fd, "mid", 3) != 3)
    fail ("write at %d failed", NEAR);
  CHECK (filesize (fd) == FAR + 3, "size is still %d", FAR + 3);
  close (fd);

  memcpy (expected + NEAR, "mid", 3);
  memcpy (expected + FAR, "end", 3);
  check_file ("sparse", expected, FAR + 3);
}
