/* Child process that dereferences a null pointer, so the kernel kills
   it. */

#include "tests/lib.h"

const char *test_name = "child-bad";

int
main (void)
{
  msg ("run");
  return *(volatile int *) 0;
}
