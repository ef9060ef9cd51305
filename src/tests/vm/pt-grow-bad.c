/* A read far below the stack pointer is not stack growth, even inside
   the 8 MB the stack may use: the process must be killed. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/stack.h"

void
test_main (void)
{
  volatile const char *far_below = (const char *) (stack_pointer () - 65536);

  msg ("read 64 kB below the stack pointer");
  msg ("read 0x%02x: should have been killed", *far_below);
}
