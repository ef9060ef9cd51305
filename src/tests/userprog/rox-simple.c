/* A running program's executable cannot be written, though it can be
   read. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int fd;
  char buffer[16];

  CHECK ((fd = open ("rox-simple")) > 1, "open \"rox-simple\"");
  CHECK (read (fd, buffer, sizeof buffer) == (int) sizeof buffer,
         "read \"rox-simple\"");
  CHECK (write (fd, buffer, sizeof buffer) == 0,
         "try to write \"rox-simple\"");
}
