/* Each instance runs the next with its argument less one, down to 0,
   and exits with its argument plus the next one's status: exec and
   wait nested ten deep. */

#include <stdio.h>
#include <stdlib.h>
#include <syscall.h>
#include "tests/lib.h"

int
main (int argc UNUSED, char *argv[])
{
  int n = atoi (argv[1]);
  int status = 0;

  test_name = "exec-recurse";
  msg ("begin %d", n);
  if (n > 0)
    {
      char cmd_line[32];

      snprintf (cmd_line, sizeof cmd_line, "exec-recurse %d", n - 1);
      status = wait (exec (cmd_line));
    }
  msg ("end %d", n);
  return n + status;
}
