/* Running out of swap kills the process that needed a slot, and only
   it.  Run with 1 MB of swap (see Make.tests): two small children keep
   working while a third tries to fill 4 MB, more than memory and swap
   together; it must die with status -1 while the small ones finish.
   Then a child that needs most of memory and swap must succeed, which
   it can only if the dead child's swap slots were all freed. */

#include "tests/lib.h"
#include "tests/main.h"

/* Runs CMD, which must exit with status EXPECTED; WHAT says why. */
static void
run_child (const char *cmd, int expected, const char *what)
{
  int status = wait (exec (cmd));

  CHECK (status == expected, "%s: \"%s\" exits with %d", what, cmd,
         expected);
}

void
test_main (void)
{
  pid_t small[2];

  CHECK ((small[0] = exec ("child-linear 1 64 200")) != PID_ERROR,
         "start a small child");
  CHECK ((small[1] = exec ("child-linear 2 64 200")) != PID_ERROR,
         "start another small child");
  run_child ("child-linear 3 4096", -1, "too big for memory and swap");
  CHECK (wait (small[0]) == 1, "the first small child finishes");
  CHECK (wait (small[1]) == 2, "the second small child finishes");
  run_child ("child-linear 4 1536", 4, "fits now that the slots are free");
}
