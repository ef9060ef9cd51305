/* Makes an exit system call whose number is the last word of one page
   and whose argument is the first word of the next.  Both pages are
   mapped, so the call must work. */

#include <stdint.h>
#include <syscall-nr.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void
test_main (void)
{
  uint32_t *frame = (uint32_t *) boundary_area () - 1;

  frame[0] = SYS_EXIT;
  frame[1] = 42;
  asm volatile ("movl %0, %%esp; int $0x30" : : "g" (frame) : "memory");
  fail ("should have exited");
}
