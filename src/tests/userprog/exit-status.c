/* Runs children that exit with assorted statuses, including negative
   and extreme ones, and checks that wait() reports each exactly. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  static const int statuses[] = {0, 1, -2, 255, 256, 2147483647,
                                 -2147483647};
  size_t i;

  for (i = 0; i < sizeof statuses / sizeof *statuses; i++)
    {
      char cmd_line[32];
      int status;

      snprintf (cmd_line, sizeof cmd_line, "child-exit %d", statuses[i]);
      status = wait (exec (cmd_line));
      CHECK (status == statuses[i], "child exited with %d", status);
    }
}
