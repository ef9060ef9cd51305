/* Several processes, each with its own memory, together much larger
   than the machine's: four children fill, check, refill and check
   1 MB each, all at the same time, so that each one's faults evict the
   others' pages and every child must still see only its own data. */

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

      snprintf (cmd, sizeof cmd, "child-linear %zu 1024", i);
      CHECK ((pids[i] = exec (cmd)) != PID_ERROR, "exec \"%s\"", cmd);
    }
  wait_children (pids, CHILDREN);
}
