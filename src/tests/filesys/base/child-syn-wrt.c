/* Child of syn-write: writes its own part of the shared file, picked
   by the number it was given as argument, and exits with that
   number. */

#include <random.h>
#include <stdlib.h>
#include <syscall.h>
#include "tests/filesys/base/syn-write.h"
#include "tests/lib.h"

const char *test_name = "child-syn-wrt";

static char data[SYN_WRITE_SIZE];

int
main (int argc, char *argv[])
{
  int id;
  int fd;
  int written;

  quiet = true;
  CHECK (argc == 2, "argc is 2");
  id = atoi (argv[1]);
  if (id < 0 || id >= SYN_WRITE_CHILDREN)
    fail ("child number %d out of range", id);

  random_bytes (data, sizeof data);
  CHECK ((fd = open (SYN_WRITE_FILE)) > 1, "open \"%s\"", SYN_WRITE_FILE);
  seek (fd, id * SYN_WRITE_CHUNK);
  written = write (fd, data + id * SYN_WRITE_CHUNK, SYN_WRITE_CHUNK);
  if (written != SYN_WRITE_CHUNK)
    fail ("write of part %d returned %d", id, written);
  close (fd);
  return id;
}
