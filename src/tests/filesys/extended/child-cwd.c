/* Child of dir-exec-cwd: checks that it started in its parent's
   working directory, then moves to the parent of that and leaves a
   file there, which the parent looks for. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"

const char *test_name = "child-cwd";

int
main (void)
{
  expect_text ("marker", "in sub");
  msg ("\"marker\" is in my working directory");
  CHECK (chdir (".."), "chdir \"..\"");
  put_text ("made-by-child", "child");
  return 0;
}
