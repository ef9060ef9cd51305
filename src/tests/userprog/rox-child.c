/* A child's executable is write-denied while the child runs (the
   child tries to write it) and writable again after it exits (we
   write it). */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int fd;
  char byte;

  CHECK ((fd = open ("child-rox")) > 1, "open \"child-rox\"");
  CHECK (read (fd, &byte, 1) == 1, "read its first byte");
  msg ("wait(exec(\"child-rox\")) = %d", wait (exec ("child-rox")));
  seek (fd, 0);
  CHECK (write (fd, &byte, 1) == 1, "write \"child-rox\" after it exits");
}
