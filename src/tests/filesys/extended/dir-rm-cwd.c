/* Removes the process's own working directory, which the kernel may
   allow or refuse.  If it allows it, the directory must be dead: no
   file can be made in it and its name is gone, yet the process can
   still move back to the root.  If it refuses, the directory is whole
   and can be removed once no process is in it.  Either way the disk
   ends up without "a". */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  CHECK (mkdir ("a"), "mkdir \"a\"");
  CHECK (chdir ("a"), "chdir \"a\"");
  if (remove ("/a"))
    {
      msg ("remove \"/a\" while it is the working directory: removed");
      CHECK (!create ("b", 0), "create \"b\" in it (must fail)");
      CHECK (!mkdir ("c"), "mkdir \"c\" in it (must fail)");
      CHECK (open ("/a") == -1, "open \"/a\" (must fail)");
      CHECK (chdir ("/"), "chdir \"/\"");
    }
  else
    {
      msg ("remove \"/a\" while it is the working directory: refused");
      CHECK (create ("b", 0), "create \"b\" in it");
      CHECK (remove ("b"), "remove \"b\"");
      CHECK (chdir ("/"), "chdir \"/\"");
      CHECK (remove ("a"), "remove \"a\" from the root");
    }
  CHECK (open ("a") == -1, "open \"a\" (must fail)");
}
