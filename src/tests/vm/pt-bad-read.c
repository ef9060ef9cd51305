/* read() into a buffer far below the stack pointer: the kernel's fault
   on it is not stack growth (the user stack pointer at the system
   call is far above it), so the process must be killed. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/stack.h"

void
test_main (void)
{
  char *far_below = (char *) (stack_pointer () - 1024 * 1024);
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  msg ("read into a buffer 1 MB below the stack pointer");
  msg ("read returned %d: should have been killed",
       read (fd, far_below, 100));
}
