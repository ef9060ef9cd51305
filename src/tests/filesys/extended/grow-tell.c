/* Grows a file by writing past its end and checks after every write
   that tell() is just past the bytes written: extension moves the
   position like any other write. */

#include <syscall.h>
#include "tests/filesys/extended/grow-seq.h"
#include "tests/lib.h"
#include "tests/main.h"

static void
check_position (int fd, long ofs)
{
  unsigned pos = tell (fd);

  if (pos != (unsigned) ofs)
    fail ("tell is %u after %ld bytes were written", pos, ofs);
}

void
test_main (void)
{
  grow_seq (8765, 419, check_position);
}
