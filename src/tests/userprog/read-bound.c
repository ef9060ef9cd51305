/* Reads into a buffer that crosses a page boundary. */

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

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  n = read (fd, buffer, sizeof sample - 1);
  CHECK (n == (int) sizeof sample - 1, "read returned %d", n);
  compare_bytes (buffer, sample, sizeof sample - 1, 0, "sample.txt");
}
