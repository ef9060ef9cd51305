/* Writes a file in one call and reads it back; a write past the end
   of a fixed-size file writes what fits, which is nothing, while in
   the filesys build the file grows to take it all. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void
test_main (void)
{
  static char expected[sizeof sample + 4];
  size_t size = sizeof sample - 1;
  int fd, n, more;

  CHECK (create ("copy.txt", size), "create \"copy.txt\"");
  CHECK ((fd = open ("copy.txt")) > 1, "open \"copy.txt\"");
  n = write (fd, sample, size);
  CHECK (n == (int) size, "write returned %d", n);
  more = write (fd, "more", 4);
  msg ("write at end of file = %d", more);
  close (fd);

  /* A file of fixed size takes none of the extra bytes; one that grows
     (the filesys build) takes them all, and the check knows which
     build ran.  Either way the file holds exactly what was written. */
  memcpy (expected, sample, size);
  if (more > 0 && more <= 4)
    {
      memcpy (expected + size, "more", more);
      size += more;
    }
  check_file ("copy.txt", expected, size);
}
