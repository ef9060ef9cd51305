/* Runs a child four times, one after the other. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int i;

  for (i = 0; i < 4; i++)
    msg ("wait(exec()) = %d", wait (exec ("child-simple")));
}
