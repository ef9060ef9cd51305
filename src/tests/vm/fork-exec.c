/* A forked child can start a program with exec() and wait for it like
   any process, and its parent's exec() still works after the fork.
   child-simple exits with 81; the forked child passes that on, plus
   one, as its own status. */

#include "tests/lib.h"
#include "tests/main.h"

/* Runs "child-simple" and returns its exit status; WHO says which
   process runs it. */
static int
run_simple (const char *who)
{
  pid_t pid;

  CHECK ((pid = exec ("child-simple")) != PID_ERROR,
         "%s: exec \"child-simple\"", who);
  return wait (pid);
}

void
test_main (void)
{
  pid_t pid;
  int status;

  msg ("fork");
  pid = fork ();
  if (pid == 0)
    {
      status = run_simple ("child");
      msg ("child: \"child-simple\" exited with %d", status);
      exit (status + 1);
    }
  if (pid == PID_ERROR)
    fail ("fork");
  status = wait (pid);
  msg ("the forked child exited with %d", status);
  status = run_simple ("parent");
  msg ("parent: \"child-simple\" exited with %d", status);
}
