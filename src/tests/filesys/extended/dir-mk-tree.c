/* Builds a directory tree three levels deep and three wide, with a
   file at every leaf, and reads the files back by absolute path. */

#include "tests/filesys/extended/mk-tree.h"
#include "tests/main.h"

void
test_main (void)
{
  make_tree ();
}
