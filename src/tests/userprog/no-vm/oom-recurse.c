/* Runs out of memory on purpose, several times over, and checks that
   the kernel recovers all of it each time.

   Without arguments (the test itself): five rounds, each starting a
   chain of processes that each open a few files and start the next,
   until exec fails for lack of memory.  Every round must reach the
   same depth.  Along the way every third process also starts a child
   that the kernel kills, to exercise that path too.

   "oom-recurse DEPTH": one link of the chain; exits with the depth the
   chain reached.  "oom-recurse crash": dies by a null pointer. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* Rounds to run, and files each link opens. */
#define ROUNDS 5
#define FILES_PER_LINK 10

/* One link at DEPTH: returns the depth the chain below it reached. */
static int
link (int depth)
{
  char cmd_line[32];
  pid_t pid;
  int i;

  for (i = 0; i < FILES_PER_LINK; i++)
    open ("oom-recurse");
  if (depth % 3 == 0 && wait (exec ("oom-recurse crash")) != -1)
    fail ("a killed child did not report -1");

  snprintf (cmd_line, sizeof cmd_line, "oom-recurse %d", depth + 1);
  pid = exec (cmd_line);
  return pid == PID_ERROR ? depth : wait (pid);
}

int
main (int argc, char *argv[])
{
  int first = 0;
  int round;

  test_name = "oom-recurse";
  if (argc > 1 && !strcmp (argv[1], "crash"))
    return *(volatile int *) NULL;
  if (argc > 1)
    return link (atoi (argv[1]));

  msg ("begin");
  for (round = 0; round < ROUNDS; round++)
    {
      int depth = wait (exec ("oom-recurse 1"));

      if (depth < 2)
        fail ("round %d: chain only %d deep", round + 1, depth);
      if (round == 0)
        first = depth;
      else if (depth != first)
        fail ("round %d reached depth %d, round 1 reached %d",
              round + 1, depth, first);
    }
  msg ("%d rounds reached the same depth", ROUNDS);
  msg ("end");
  return 0;
}
