/* A read of zero bytes returns 0 and leaves the buffer alone. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  char byte = '*';
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  msg ("read(0 bytes) = %d", read (fd, &byte, 0));
  CHECK (byte == '*', "buffer untouched");
}
