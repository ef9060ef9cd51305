/* Removing an open file removes its name at once, while the open
   descriptor keeps working. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void
test_main (void)
{
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK (remove ("sample.txt"), "remove \"sample.txt\"");
  CHECK (open ("sample.txt") == -1, "open \"sample.txt\" fails now");
  CHECK (!remove ("sample.txt"), "remove \"sample.txt\" again fails");
  check_file_handle (fd, "sample.txt", sample, sizeof sample - 1);
}
