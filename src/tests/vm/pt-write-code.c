/* A store into the program's own code, which is mapped read-only, must
   kill the process. */

#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  msg ("store into this function's code");
  *(volatile int *) test_main = 0;
  fail ("the store into code worked");
}
