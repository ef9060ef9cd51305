/* Closes a file; the descriptor is then dead. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int fd;
  char byte;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  msg ("close \"sample.txt\"");
  close (fd);
  msg ("read after close = %d", read (fd, &byte, 1));
}
