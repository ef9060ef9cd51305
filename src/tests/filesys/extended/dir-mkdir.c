/* Makes a directory, moves into it, creates a file there by a
   relative name, and finds the file again from the root by an
   absolute name and by a relative one. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

static const char *const a_entries[] = {"b", "c"};

void
test_main (void)
{
  CHECK (mkdir ("a"), "mkdir \"a\"");
  CHECK (!mkdir ("a"), "mkdir \"a\" again (must fail)");
  CHECK (chdir ("a"), "chdir \"a\"");
  CHECK (create ("b", 0), "create \"b\" in \"a\"");
  put_text ("c", "in a");
  CHECK (chdir ("/"), "chdir \"/\"");
  CHECK (open ("b") == -1, "open \"b\" in the root (must fail)");
  expect_text ("/a/c", "in a");
  expect_text ("a/c", "in a");
  msg ("\"a/c\" holds what was written");
  expect_entries ("a", a_entries, 2);
}
