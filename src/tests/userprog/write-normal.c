/* Writes a file in one call and reads it back; a write past the end
   of a fixed-size file writes what fits. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void
test_main (void)
{
  int fd, n;

  CHECK (create ("copy.txt", sizeof sample - 1), "create \"copy.txt\"");
  CHECK ((fd = open ("copy.txt")) > 1, "open \"copy.txt\"");
  n = write (fd, sample, sizeof sample - 1);
  CHECK (n == (int) sizeof sample - 1, "write returned %d", n);
  msg ("write at end of file = %d", write (fd, "more", 4));
  close (fd);
  check_file ("copy.txt", sample, sizeof sample - 1);
}
