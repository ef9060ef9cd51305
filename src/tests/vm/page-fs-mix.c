/* A shared workload in which eviction and the file system run at the
   same time: two children keep writing and rereading files through
   buffers that get paged out, while two others keep dirtying a mapped
   file and anonymous memory, so that dirty mapped pages are written
   back to their files, and anonymous ones to swap, while other
   processes are inside the file system.  A kernel that holds one lock
   over the whole file system and evicts to files under it deadlocks
   or corrupts here; every child checks all its data. */

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

      snprintf (cmd, sizeof cmd, "child-mix %zu %s", i,
                i % 2 == 0 ? "files" : "memory");
      CHECK ((pids[i] = exec (cmd)) != PID_ERROR, "exec \"%s\"", cmd);
    }
  wait_children (pids, CHILDREN);
}
