/* Powers the machine off.  No exit line may follow. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  halt ();
  fail ("should have halted");
}
