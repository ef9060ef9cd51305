/* Writes from a buffer that crosses a page boundary. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

void
test_main (void)
{
  char *buffer = (char *) boundary_area () - sizeof sample / 2;
  int fd, n;

  memcpy (buffer, sample, sizeof sample - 1);
  CHECK (create ("copy.txt", sizeof sample - 1), "create \"copy.txt\"");
  CHECK ((fd = open ("copy.txt")) > 1, "open \"copy.txt\"");
  n = write (fd, buffer, sizeof sample - 1);
  CHECK (n == (int) sizeof sample - 1, "write returned %d", n);
  close (fd);
  check_file ("copy.txt", sample, sizeof sample - 1);
}
