/* Exits with status 57 in the middle of the test: the exit line must
   show 57 and "end" must never print. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  exit (57);
  fail ("should have exited");
}
