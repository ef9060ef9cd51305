/* A process's working directory passes to the children it execs: the
   child, started by absolute path from inside "sub", finds "sub"'s
   file by a relative name.  Moving the child's working directory then
   leaves the parent's where it was. */

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
  CHECK ((child = exec ("/child-cwd")) != PID_ERROR, "exec \"/child-cwd\"");
  /* Not CHECK (wait ...): its message would race the child's. */
  status = wait (child);
  CHECK (status == 0, "the child exited with 0");
  expect_text ("marker", "in sub");
  msg ("the parent's working directory is still \"sub\"");
  expect_text ("/made-by-child", "child");
  msg ("the child made \"/made-by-child\"");
}
