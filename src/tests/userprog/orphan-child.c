/* Grandchild of orphan: outlives its parent, waiting for a file "go"
   to appear. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/spin.h"

const char *test_name = "orphan-child";

int
main (void)
{
  int fd;

  while ((fd = open ("go")) < 0)
    spin ();
  close (fd);
  msg ("parent is gone, still running");
  return 7;
}
