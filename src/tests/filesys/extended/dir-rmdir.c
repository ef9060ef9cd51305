/* Removes an empty directory: afterwards its name opens nothing, chdir
   to it fails, and the name can be used again. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  CHECK (mkdir ("a"), "mkdir \"a\"");
  CHECK (remove ("a"), "remove \"a\"");
  CHECK (open ("a") == -1, "open \"a\" (must fail)");
  CHECK (!chdir ("a"), "chdir \"a\" (must fail)");
  CHECK (!remove ("a"), "remove \"a\" again (must fail)");
  CHECK (mkdir ("a"), "mkdir \"a\" again");
  CHECK (chdir ("a"), "chdir \"a\"");
}
