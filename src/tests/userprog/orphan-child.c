/* Grandchild of orphan: outlives its parent, waiting for a
   file "go" to appear. */

#include <syscall.h>
#include "tests/lib.h"

const char *test_name = "orphan-child";

int
main (void)
{
  int fd;

  while ((fd = open ("go")) < 0)
    continue;
  close (fd);
  msg ("parent is gone, still running");
  return 7;
}
