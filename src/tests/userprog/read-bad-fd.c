/* Reading descriptors that are not open files returns -1: the
   console's output, unopened and closed ones, and absurd values. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  static const int fds[] = {1, 2, 99, -1, 0x7fffffff};
  char buffer[8];
  size_t i;
  int fd;

  for (i = 0; i < sizeof fds / sizeof *fds; i++)
    msg ("read(%d) = %d", fds[i], read (fds[i], buffer, sizeof buffer));

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  close (fd);
  msg ("read(closed) = %d", read (fd, buffer, sizeof buffer));
}
