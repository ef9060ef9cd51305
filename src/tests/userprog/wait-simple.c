/* Waits for a child and gets its exit status. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  pid_t pid = exec ("child-simple");

  msg ("wait(%s) = %d", "child-simple", wait (pid));
}
