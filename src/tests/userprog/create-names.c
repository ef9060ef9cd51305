/* File names that cannot be created fail without harm: the empty name,
   one of 15 characters (one too many), and one of 500; a name of 14
   characters works. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  static char huge[501];

  memset (huge, 'h', sizeof huge - 1);
  msg ("create(\"\"): %d", create ("", 0));
  msg ("create(15 characters): %d", create ("fifteen-chars15", 0));
  msg ("create(500 characters): %d", create (huge, 0));
  msg ("create(14 characters): %d", create ("fourteen-chars", 0));
}
