/* Puts the exit system call's number in the last word below the
   kernel, so that its argument lies in kernel space.  The kernel must
   kill the process (status -1) rather than read the argument. */

#include <syscall-nr.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  asm volatile ("movl $0xbffffffc, %%esp; movl %0, (%%esp); int $0x30"
                : : "i" (SYS_EXIT) : "memory");
  fail ("should have died");
}
