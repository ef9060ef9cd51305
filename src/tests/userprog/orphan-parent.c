/* Child of orphan: starts orphan-child and exits without
   waiting for it. */

#include <syscall.h>
#include "tests/lib.h"

const char *test_name = "orphan-parent";

int
main (void)
{
  CHECK (exec ("orphan-child") != PID_ERROR, "exec(\"orphan-child\")");
  return 0;
}
