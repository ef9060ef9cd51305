/* Builds the tree of dir-mk-tree, checks that its non-empty
   directories refuse removal, then takes it apart from the leaves up
   and checks that nothing of it is left in the root. */

#include <syscall.h>
#include "tests/filesys/extended/mk-tree.h"
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  const char *root_entries[2];

  make_tree ();
  CHECK (!remove ("/0"), "remove \"/0\" (must fail)");
  CHECK (!remove ("/1/2"), "remove \"/1/2\" (must fail)");
  remove_tree ();
  CHECK (open ("/0/0/0/f") == -1, "open \"/0/0/0/f\" (must fail)");
  root_entries[0] = test_name;
  root_entries[1] = "tar";
  expect_entries ("/", root_entries, 2);
}
