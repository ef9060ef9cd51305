/* Child of wait-bad-pid: runs child-simple to completion, and leaves
   its pid in a new file "pid" for the parent, to whom it is a
   grandchild. */

#include <syscall.h>
#include "tests/lib.h"

const char *test_name = "child-spawn";

int
main (void)
{
  pid_t pid = exec ("child-simple");
  int fd;

  wait (pid);
  if (!create ("pid", sizeof pid) || (fd = open ("pid")) < 0
      || write (fd, &pid, sizeof pid) != sizeof pid)
    fail ("could not write \"pid\"");
  return 0;
}
