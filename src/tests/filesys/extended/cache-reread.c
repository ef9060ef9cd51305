/* Reads one small file many times over.  The file's two sectors, and
   its inode, stay in the buffer cache after the first pass, so the
   passes after it must not reach the disk: cache-reread.ck compares
   the disk's read count at power-off with the number of passes. */

#include <random.h>
#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

#define SIZE 1000               /* Two sectors. */
#define PASSES 3000             /* The check's bound depends on this. */

static char data[SIZE];
static char buf[SIZE];

void
test_main (void)
{
  int fd;
  int i;

  random_bytes (data, sizeof data);
  put_file ("small", data, sizeof data);
  CHECK ((fd = open ("small")) > 1, "open \"small\"");
  msg ("read it %d times", PASSES);
  for (i = 0; i < PASSES; i++)
    {
      seek (fd, 0);
      if (read (fd, buf, sizeof buf) != (int) sizeof buf)
        fail ("read %d came up short", i);
    }
  compare_bytes (buf, data, sizeof buf, 0, "small");
  msg ("close \"small\"");
  close (fd);
}
