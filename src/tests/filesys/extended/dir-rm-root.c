/* The root can never be removed, whatever it is called, and stays
   usable after the attempts. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  CHECK (!remove ("/"), "remove \"/\" (must fail)");
  CHECK (!remove ("."), "remove \".\" in the root (must fail)");
  CHECK (mkdir ("sub"), "mkdir \"sub\"");
  CHECK (chdir ("sub"), "chdir \"sub\"");
  CHECK (!remove (".."), "remove \"..\" from \"sub\" (must fail)");
  CHECK (!remove ("/"), "remove \"/\" from \"sub\" (must fail)");
  CHECK (chdir ("/"), "chdir \"/\"");
  put_text ("/after", "the root still works");
  expect_text ("after", "the root still works");
  msg ("create \"/after\" and read it back");
}
