/* After munmap, the pages of the mapping are gone: touching them kills
   the process.  The test reads the mapping first, so that its page was
   really present before munmap. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"

void
test_main (void)
{
  volatile const char *mapping = MAP_ADDR;
  mapid_t map;
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  map = map_or_fail (fd, MAP_ADDR, "sample.txt");
  CHECK (mapping[0] == 'T', "its first byte is '%c'", mapping[0]);
  munmap (map);
  msg ("munmap");
  msg ("its first byte is now '%c': should have been killed", mapping[0]);
}
