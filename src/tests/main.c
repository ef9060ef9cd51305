/* The main() of most test programs: names the test after the program
   (argv[0]), and brackets test_main() with "begin" and "end" so that a
   test that dies halfway is told apart from one that finished. */

#include "tests/lib.h"
#include "tests/main.h"

int
main (int argc UNUSED, char *argv[])
{
  test_name = argv[0];
  msg ("begin");
  test_main ();
  msg ("end");
  return 0;
}
