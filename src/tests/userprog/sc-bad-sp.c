/* Makes a system call with the stack pointer in kernel space.  The
   kernel must kill the process, not read its own memory as arguments. */

#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  asm volatile ("movl $0xc0100000, %%esp; int $0x30" : : : "memory");
  fail ("should have died");
}
