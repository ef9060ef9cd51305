/* A workload of `make bench': "bench-par N KB PASSES" runs N copies of
   "bench-touch KB PASSES" at once and waits for them all. */

#include <stdio.h>
#include <stdlib.h>
#include "tests/lib.h"

const char *test_name = "bench-par";

#define MAX_CHILDREN 16

int
main (int argc, char *argv[])
{
  pid_t pids[MAX_CHILDREN];
  char cmd[64];
  int n, i;

  if (argc != 4 || (n = atoi (argv[1])) < 1 || n > MAX_CHILDREN)
    fail ("usage: bench-par N KB PASSES, with N at most %d", MAX_CHILDREN);
  snprintf (cmd, sizeof cmd, "bench-touch %s %s", argv[2], argv[3]);
  for (i = 0; i < n; i++)
    if ((pids[i] = exec (cmd)) == PID_ERROR)
      fail ("exec \"%s\"", cmd);
  for (i = 0; i < n; i++)
    if (wait (pids[i]) != 0)
      fail ("child %d failed", i);
  return 0;
}
