/* Writes of zero bytes return 0, to a file and to the console. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  msg ("write(file, 0 bytes) = %d", write (fd, "x", 0));
  msg ("write(console, 0 bytes) = %d", write (STDOUT_FILENO, "x", 0));
}
