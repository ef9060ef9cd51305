/* Child of syn-rw: reads the growing file from its start until it has
   seen all of it, checking each byte as it arrives, and exits with
   its number.  A read at the current end returns nothing until the
   writer has added more; that is retried, up to a limit that a live
   writer never comes near, so a stuck writer ends the test instead of
   hanging it. */

#include <random.h>
#include <stdlib.h>
#include <syscall.h>
#include "tests/filesys/extended/syn-rw.h"
#include "tests/lib.h"

/* Empty reads in a row after which the writer is taken to be stuck. */
#define MAX_EMPTY_READS 200000

const char *test_name = "child-syn-rw";

static char data[SYN_RW_SIZE];

int
main (int argc, char *argv[])
{
  char buf[300];
  size_t ofs = 0;
  long empty = 0;
  int id, fd;

  quiet = true;
  CHECK (argc == 2, "argc is 2");
  id = atoi (argv[1]);
  random_init (SYN_RW_SEED);
  random_bytes (data, sizeof data);

  CHECK ((fd = open (SYN_RW_FILE)) > 1, "open \"%s\"", SYN_RW_FILE);
  while (ofs < sizeof data)
    {
      /* Each reader asks for a different amount, so they end their
         reads at different places relative to the writer's. */
      size_t want = (id + 1) * 61;
      int got;

      if (want > sizeof data - ofs)
        want = sizeof data - ofs;
      got = read (fd, buf, want);
      if (got < 0 || (size_t) got > want)
        fail ("read of %zu bytes at %zu returned %d", want, ofs, got);
      if (got == 0 && ++empty > MAX_EMPTY_READS)
        fail ("no data past %zu for %d reads", ofs, MAX_EMPTY_READS);
      if (got > 0)
        {
          compare_bytes (buf, data + ofs, got, ofs, SYN_RW_FILE);
          ofs += got;
          empty = 0;
        }
    }
  close (fd);
  return id;
}
