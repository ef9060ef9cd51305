/* Child process that prints its arguments and exits with their
   count. */

#include "tests/lib.h"

int
main (int argc, char *argv[])
{
  int i;

  test_name = "child-args";
  for (i = 0; i < argc; i++)
    msg ("argv[%d] = '%s'", i, argv[i]);
  return argc;
}
