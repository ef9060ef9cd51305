/* Creating a file that exists fails, even with another size, and the
   file keeps its size. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int fd;

  CHECK (create ("twice", 10), "create \"twice\"");
  CHECK (!create ("twice", 20), "create \"twice\" again fails");
  CHECK ((fd = open ("twice")) > 1, "open \"twice\"");
  msg ("filesize = %d", filesize (fd));
}
