/* A parent exits while its child runs on, and nothing breaks.

   This process runs orphan-parent, which starts orphan-child and exits
   at once.  orphan-child waits for a file named "go", which we create
   only after orphan-parent is gone.  We cannot wait() for our
   grandchild, so we learn that it has exited by writing to its
   executable, which stays write-denied until then. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/spin.h"

void
test_main (void)
{
  int fd;
  char byte;

  CHECK ((fd = open ("orphan-child")) > 1, "open \"orphan-child\"");
  CHECK (read (fd, &byte, 1) == 1, "read its first byte");
  msg ("wait(exec(\"orphan-parent\")) = %d", wait (exec ("orphan-parent")));
  CHECK (create ("go", 0), "create \"go\"");

  do
    {
      spin ();
      seek (fd, 0);
    }
  while (write (fd, &byte, 1) == 0);
  msg ("orphan-child has exited");
}
