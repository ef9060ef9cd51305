/* Makes system calls with numbers that do not exist: one past the last
   (20) in sc-bad-nr, and -1 in sc-neg-nr.  Either must kill the
   process. */

#include <string.h>
#include "tests/lib.h"

int
main (int argc UNUSED, char *argv[])
{
  int number = strcmp (argv[0], "sc-neg-nr") ? 20 : -1;

  test_name = argv[0];
  msg ("begin");
  asm volatile ("pushl $0; pushl $0; pushl $0; pushl %0; int $0x30;"
                "addl $16, %%esp" : : "r" (number) : "memory");
  fail ("system call %d returned", number);
}
