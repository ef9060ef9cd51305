/* Writes the same sector of a file over and over.  With write-behind,
   the cache holds the sector dirty and writes it out now and then, not
   once per write: cache-coalesce.ck compares the disk's write count at
   power-off with the number of writes.  The last write's data must
   still be what the file holds. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define WRITES 3000             /* The check's bound depends on this. */

static char block[512];

void
test_main (void)
{
  int fd;
  int i;

  CHECK (create ("one", 0), "create \"one\"");
  CHECK ((fd = open ("one")) > 1, "open \"one\"");
  msg ("write its first sector %d times", WRITES);
  for (i = 0; i < WRITES; i++)
    {
      block[i % sizeof block] = i & 0xff;
      seek (fd, 0);
      if (write (fd, block, sizeof block) != (int) sizeof block)
        fail ("write %d came up short", i);
    }
  msg ("close \"one\"");
  close (fd);
  check_file ("one", block, sizeof block);
}
