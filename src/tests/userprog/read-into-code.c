/* Reading into the program's own code, which is mapped read-only,
   must kill the process. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  read (fd, (void *) test_main, 16);
  fail ("read into code returned");
}
