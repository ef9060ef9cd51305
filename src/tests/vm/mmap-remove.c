/* A mapping outlives its file's name: after remove(), the mapping
   still reads as the old file, and stores through it never reach a
   new file created under the same name. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

#define FILE_WORDS 2048

static uint32_t words[FILE_WORDS];

void
test_main (void)
{
  mapid_t map;
  size_t i;
  int fd;

  pattern_fill (words, 0, FILE_WORDS, 71);
  fd = make_file ("doomed.dat", words, sizeof words);
  map = map_or_fail (fd, MAP_ADDR, "doomed.dat");
  close (fd);
  CHECK (remove ("doomed.dat"), "close and remove \"doomed.dat\"");
  CHECK (create ("doomed.dat", sizeof words),
         "create a new, zeroed \"doomed.dat\"");

  pattern_check (MAP_ADDR, 0, FILE_WORDS, 71, "mapping after remove");
  msg ("the mapping still holds the removed file's bytes");
  pattern_fill (MAP_ADDR, 0, FILE_WORDS, 72);
  munmap (map);
  msg ("rewrite it through the mapping, and munmap");

  CHECK ((fd = open ("doomed.dat")) > 1, "open the new \"doomed.dat\"");
  if (read (fd, words, sizeof words) != sizeof words)
    fail ("read the new \"doomed.dat\"");
  for (i = 0; i < FILE_WORDS; i++)
    if (words[i] != 0)
      fail ("word %zu of the new file is 0x%08x", i, (unsigned) words[i]);
  msg ("the new file is still all zeros");
  close (fd);
}
