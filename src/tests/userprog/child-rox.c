/* Child of rox-child: tries to write its own executable, which must
   fail while it runs. */

#include <syscall.h>
#include "tests/lib.h"

const char *test_name = "child-rox";

int
main (void)
{
  int fd;
  char byte = 0x7f;

  CHECK ((fd = open ("child-rox")) > 1, "open \"child-rox\"");
  CHECK (write (fd, &byte, 1) == 0, "try to write \"child-rox\"");
  return 5;
}
