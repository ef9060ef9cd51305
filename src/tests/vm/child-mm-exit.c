/* Child of mmap-exit: maps the file named by its argument, fills it
   with a pattern through the mapping, and exits with status 0 without
   munmap or close, leaving the write-back to the kernel. */

#include "tests/lib.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

const char *test_name = "child-mm-exit";

int
main (int argc, char *argv[])
{
  int fd;

  if (argc != 2 || (fd = open (argv[1])) < 2)
    fail ("usage: child-mm-exit FILE");
  if (mmap (fd, MAP_ADDR) == MAP_FAILED)
    fail ("mmap \"%s\"", argv[1]);
  pattern_fill (MAP_ADDR, 0, filesize (fd) / sizeof (uint32_t), 81);
  return 0;
}
