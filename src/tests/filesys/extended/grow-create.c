/* A file created with no bytes is a real file: it opens, says it is
   empty, and a read at its end returns nothing. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  char byte;
  int fd;

  CHECK (create ("blargle", 0), "create \"blargle\" with 0 bytes");
  CHECK ((fd = open ("blargle")) > 1, "open \"blargle\"");
  CHECK (filesize (fd) == 0, "its size is 0");
  CHECK (read (fd, &byte, 1) == 0, "a read returns nothing");
  msg ("close \"blargle\"");
  close (fd);
}
