/* Seeks far past the end of an empty file and writes there; then
   writes a few bytes inside the gap.  The gap must read as zeros
   except where written, and the size must end at the far write. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define FAR 76543               /* Offset of the far write. */
#define NEAR 30001              /* Offset of the write into the gap. */

static char expected[FAR + 4];

void
test_main (void)
{
  int fd;

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
