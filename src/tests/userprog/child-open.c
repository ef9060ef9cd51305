/* Child of open-many: opens sample.txt until open() fails, checking
   that the descriptors are distinct, then closes one and checks that
   open() works again.  Exits with the number it managed, files still
   open. */

#include <syscall.h>
#include "tests/lib.h"

const char *test_name = "child-open";

int
main (void)
{
  static char used[4096];
  int count = 0;
  int fd;

  while ((fd = open ("sample.txt")) >= 0)
    {
      if (fd < 2 || fd >= (int) sizeof used || used[fd])
        fail ("open returned %d", fd);
      used[fd] = 1;
      if (++count > 4000)
        fail ("no limit on open files");
    }
  close (2);
  if (open ("sample.txt") < 0)
    fail ("open failed after a close");
  return count;
}
