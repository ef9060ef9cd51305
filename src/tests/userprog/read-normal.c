/* Reads a file in one call, then at its end. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void
test_main (void)
{
  char buffer[sizeof sample + 100];
  int fd, n;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  n = read (fd, buffer, sizeof buffer);
  CHECK (n == (int) sizeof sample - 1, "read returned %d", n);
  compare_bytes (buffer, sample, sizeof sample - 1, 0, "sample.txt");
  msg ("read at end of file = %d", read (fd, buffer, sizeof buffer));
}
