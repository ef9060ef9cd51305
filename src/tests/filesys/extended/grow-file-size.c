/* Grows a file by writing past its end and checks after every write
   that filesize() already counts the bytes just written. */

#include <syscall.h>
#include "tests/filesys/extended/grow-seq.h"
#include "tests/lib.h"
#include "tests/main.h"

static void
check_size (int fd, long ofs)
{
  int size = filesize (fd);

  if (size != ofs)
    fail ("filesize is %d after %ld bytes were written", size, ofs);
}

void
test_main (void)
{
  grow_seq (9321, 733, check_size);
}
