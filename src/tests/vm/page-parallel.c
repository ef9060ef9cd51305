/* Several processes, each with its own memory, together larger than
   the memory user programs get: four children fill 512 kB each, wait
   until all four have, and then check, refill and check their own, so
   that each one's faults evict the others' pages and every child must
   still see only its own data. */

#include <stdio.h>
#include "tests/lib.h"
#include "tests/main.h"

#define CHILDREN 4

void
test_main (void)
{
  pid_t pids[CHILDREN];
  size_t i;

  for (i = 0; i < CHILDREN; i++)
    {
      char cmd[64];

      snprintf (cmd, sizeof cmd, "child-linear %zu 512 1 %d", i, CHILDREN);
      CHECK ((pids[i] = exec (cmd)) != PID_ERROR, "exec \"%s\"", cmd);
    }
  wait_children (pids, CHILDREN);
}
