/* Child process that says it ran and exits with status 81. */

#include "tests/lib.h"

const char *test_name = "child-simple";

int
main (void)
{
  msg ("run");
  return 81;
}
