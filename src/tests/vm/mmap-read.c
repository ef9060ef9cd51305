/* A mapped file reads as the file's bytes, and the part of its last
   page past the end of the file reads as zeros. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"
#include "tests/vm/mapping.h"

void
test_main (void)
{
  int fd;
  mapid_t map;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  map = map_or_fail (fd, MAP_ADDR, "sample.txt");
  if (memcmp (MAP_ADDR, sample, sizeof sample - 1))
    fail ("the mapping differs from the file");
  msg ("the mapping holds the file's bytes");
  check_zero_tail (MAP_ADDR, sizeof sample - 1);
  munmap (map);
  close (fd);
}
