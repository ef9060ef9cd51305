/* A fork bomb: every process forks a child and waits for it, so the
   chain grows until the kernel runs out of something.  Then fork()
   must return -1 (or a process that needed memory that was not there
   is killed: -1 from wait), and the chain unwinds, every process
   exiting.  The kernel must survive it and give everything back: the
   leak line at power-off must show nothing left (tests/tests.pm checks
   it), and a fork afterwards must work again. */

#include "tests/lib.h"
#include "tests/main.h"

/* Forks the rest of the chain below the calling process and returns
   how many processes it held, counting a child that was killed as
   one. */
static int
grow_chain (void)
{
  pid_t pid = fork ();
  int status;

  if (pid == 0)
    exit (1 + grow_chain ());
  if (pid == PID_ERROR)
    return 0;
  status = wait (pid);
  return status < 0 ? 1 : status;
}

void
test_main (void)
{
  int made;
  pid_t pid;

  msg ("fork until fork fails");
  made = grow_chain ();
  CHECK (made >= 2, "the chain held more than one process");
  pid = fork ();
  if (pid == 0)
    exit (7);
  CHECK (pid != PID_ERROR && wait (pid) == 7,
         "once it is gone, a new child can be forked");
}
