/* filesize(), tell() and seek() of descriptors that are not open
   files fail harmlessly. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  static const int fds[] = {0, 1, 2, 99, -1};
  size_t i;

  for (i = 0; i < sizeof fds / sizeof *fds; i++)
    {
      seek (fds[i], 10);
      msg ("fd %d: filesize = %d, tell = %d", fds[i], filesize (fds[i]),
           (int) tell (fds[i]));
    }
}
