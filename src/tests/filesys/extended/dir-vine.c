/* A vine: a chain of directories 30 deep, each made from inside its
   parent by chdir, each with a file naming its depth.  Then the
   process climbs back with "..", and must arrive at the root, and
   reads the deepest file through one long absolute path. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

#define DEPTH 30

void
test_main (void)
{
  char path[128] = "";
  char name[8];
  int root = inumber_of ("/");
  int i;

  msg ("grow the vine %d levels deep", DEPTH);
  for (i = 0; i < DEPTH; i++)
    {
      snprintf (name, sizeof name, "%d", i);
      if (!mkdir (name))
        fail ("mkdir \"%s\" at depth %d failed", name, i);
      if (!chdir (name))
        fail ("chdir \"%s\" at depth %d failed", name, i);
      put_text ("f", name);
      strlcat (path, "/", sizeof path);
      strlcat (path, name, sizeof path);
    }

  msg ("climb back with \"..\"");
  for (i = 0; i < DEPTH; i++)
    if (!chdir (".."))
      fail ("chdir \"..\" %d failed", i + 1);
  CHECK (inumber_of (".") == root, "arrived at the root");

  strlcat (path, "/f", sizeof path);
  snprintf (name, sizeof name, "%d", DEPTH - 1);
  expect_text (path, name);
  msg ("read the deepest file by its absolute path");
}
