/* Closing a descriptor twice does no harm. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  msg ("close \"sample.txt\"");
  close (fd);
  msg ("close \"sample.txt\" again");
  close (fd);
}
