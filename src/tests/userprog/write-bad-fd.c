/* Writing descriptors that are not open files returns -1: the
   keyboard, unopened and closed ones, and absurd values. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  static const int fds[] = {0, 2, 99, -1, 0x7fffffff};
  static const char data[] = "data";
  size_t i;
  int fd;

  for (i = 0; i < sizeof fds / sizeof *fds; i++)
    msg ("write(%d) = %d", fds[i], write (fds[i], data, sizeof data));

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  close (fd);
  msg ("write(closed) = %d", write (fd, data, sizeof data));
}
