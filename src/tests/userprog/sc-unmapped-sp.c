/* Makes a system call with the stack pointer at an unmapped user
   address.  The process must be killed. */

#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  asm volatile ("movl $0x20101234, %%esp; int $0x30" : : : "memory");
  fail ("should have died");
}
