/* A file is not a directory, so nothing goes under it: mkdir, create
   and open through it fail, as does chdir into it or a path naming it
   with a trailing slash. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  put_text ("abc", "plain file");
  msg ("create file \"abc\"");
  CHECK (!mkdir ("abc/x"), "mkdir \"abc/x\" (must fail)");
  CHECK (!create ("abc/y", 0), "create \"abc/y\" (must fail)");
  CHECK (open ("abc/y") == -1, "open \"abc/y\" (must fail)");
  CHECK (!chdir ("abc"), "chdir \"abc\" (must fail)");
  CHECK (open ("abc/") == -1, "open \"abc/\" (must fail)");
  expect_text ("abc", "plain file");
  msg ("\"abc\" is unchanged");
}
