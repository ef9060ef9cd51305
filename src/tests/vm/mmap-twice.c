/* One file mapped twice at once, through two descriptors, at two
   addresses: both mappings read as the file. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"
#include "tests/vm/mapping.h"

#define SECOND_ADDR ((char *) MAP_ADDR + 0x100000)

void
test_main (void)
{
  int fd1, fd2;

  CHECK ((fd1 = open ("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK ((fd2 = open ("sample.txt")) > 1, "open \"sample.txt\" again");
  map_or_fail (fd1, MAP_ADDR, "sample.txt");
  map_or_fail (fd2, SECOND_ADDR, "sample.txt");
  if (memcmp (MAP_ADDR, sample, sizeof sample - 1))
    fail ("the first mapping differs from the file");
  if (memcmp (SECOND_ADDR, sample, sizeof sample - 1))
    fail ("the second mapping differs from the file");
  msg ("both mappings hold the file's bytes");
}
