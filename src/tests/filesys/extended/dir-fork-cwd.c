/* A forked child starts in its parent's working directory and then
   owns its own: it finds "sub"'s file by a relative name, moves to the
   root and makes a file there, and none of that moves the parent,
   which still finds "sub"'s file by the same relative name. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  pid_t child;
  int status;

  enter_marked_sub ();

  child = fork ();
  if (child == 0)
    {
      expect_text ("marker", "in sub");
      msg ("the child starts in \"sub\"");
      CHECK (chdir (".."), "child: chdir \"..\"");
      put_text ("made-by-fork", "child");
      exit (0);
    }
  /* Nothing printed until the child is done, so its lines come first.
     CHECK prints before it evaluates, hence the wait ahead of it. */
  if (child == PID_ERROR)
    fail ("fork");
  status = wait (child);
  CHECK (status == 0, "the child exited with 0");
  expect_text ("marker", "in sub");
  msg ("the parent's working directory is still \"sub\"");
  expect_text ("/made-by-fork", "child");
  msg ("the child made \"/made-by-fork\"");
}
