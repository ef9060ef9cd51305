/* Waiting for the same child twice: the second wait returns -1. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  pid_t pid = exec ("child-simple");

  msg ("first wait = %d", wait (pid));
  msg ("second wait = %d", wait (pid));
}
