/* Moves around a file with seek(), checking tell() and what read()
   finds, including positions at and past the end. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void
test_main (void)
{
  int fd;
  char byte;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  msg ("filesize = %d", filesize (fd));
  msg ("tell at start = %u", tell (fd));
  seek (fd, 4);
  if (read (fd, &byte, 1) != 1)
    fail ("read at 4 failed");
  CHECK (byte == sample[4], "read at 4 = '%c'", byte);
  msg ("tell after read = %u", tell (fd));
  seek (fd, sizeof sample - 1);
  msg ("read at end = %d", read (fd, &byte, 1));
  seek (fd, 100000);
  msg ("tell after seek past end = %u", tell (fd));
  msg ("read past end = %d", read (fd, &byte, 1));
  seek (fd, 0);
  check_file_handle (fd, "sample.txt", sample, sizeof sample - 1);
}
