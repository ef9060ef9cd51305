/* The smallest possible test: the kernel boots far enough to run a
   test, and the test can print. */

#include "tests/threads/tests.h"

void
test_boot_smoke (void)
{
  msg ("the kernel is up");
}
