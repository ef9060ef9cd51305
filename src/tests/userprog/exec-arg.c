/* Runs a child with arguments separated by runs of spaces. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  msg ("wait(exec()) = %d", wait (exec ("child-args  first   second")));
}
