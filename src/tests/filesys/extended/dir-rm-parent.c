/* A directory with something in it cannot be removed, even when the
   something is the working directory of the process asking; once
   emptied from elsewhere, it can. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  CHECK (mkdir ("a"), "mkdir \"a\"");
  CHECK (mkdir ("a/b"), "mkdir \"a/b\"");
  CHECK (chdir ("a/b"), "chdir \"a/b\"");
  CHECK (!remove ("/a"), "remove \"/a\" (must fail)");
  CHECK (!remove (".."), "remove \"..\" (must fail)");
  CHECK (chdir ("/"), "chdir \"/\"");
  CHECK (!remove ("a"), "remove \"a\" (must fail)");
  CHECK (remove ("a/b"), "remove \"a/b\"");
  CHECK (remove ("a"), "remove \"a\"");
  CHECK (open ("a") == -1, "open \"a\" (must fail)");
}
