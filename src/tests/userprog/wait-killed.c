/* A child killed by the kernel reports -1 to wait(). */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  msg ("wait(exec()) = %d", wait (exec ("child-bad")));
}
