/* A mapping outlives the descriptor it was made from: after close(),
   the mapping still reads as the file, and stores through it still
   reach the file at munmap. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"
#include "tests/vm/mapping.h"

void
test_main (void)
{
  char *mapping = MAP_ADDR;
  char back[sizeof sample - 1];
  mapid_t map;
  int fd;

  fd = make_file ("closed.txt", sample, sizeof sample - 1);
  map = map_or_fail (fd, mapping, "closed.txt");
  close (fd);
  msg ("close it");
  if (memcmp (mapping, sample, sizeof sample - 1))
    fail ("after close, the mapping differs from the file");
  msg ("the mapping still holds the file's bytes");
  memcpy (mapping, "THE", 3);
  munmap (map);
  msg ("change the first word through the mapping, and munmap");

  CHECK ((fd = open ("closed.txt")) > 1, "open \"closed.txt\" again");
  if (read (fd, back, sizeof back) != sizeof back
      || memcmp (back, "THE", 3) || memcmp (back + 3, sample + 3, sizeof back - 3))
    fail ("the file does not hold the change");
  msg ("the file holds the change");
  close (fd);
}
