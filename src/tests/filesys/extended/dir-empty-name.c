/* The empty string names nothing: every call that takes a path must
   refuse it, and none of them may leave anything behind. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  CHECK (!mkdir (""), "mkdir \"\" (must fail)");
  CHECK (!create ("", 0), "create \"\" (must fail)");
  CHECK (open ("") == -1, "open \"\" (must fail)");
  CHECK (!chdir (""), "chdir \"\" (must fail)");
  CHECK (!remove (""), "remove \"\" (must fail)");
}
