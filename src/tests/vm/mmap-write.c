/* Stores through a mapping reach the file: a file of two and a half
   pages is mapped, filled through memory, unmapped, and then read
   back with read(). */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

#define FILE_WORDS 2560

static uint32_t zeros[FILE_WORDS];
static uint32_t back[FILE_WORDS];

void
test_main (void)
{
  int fd = make_file ("written.dat", zeros, sizeof zeros);
  mapid_t map = map_or_fail (fd, MAP_ADDR, "written.dat");

  pattern_fill (MAP_ADDR, 0, FILE_WORDS, 61);
  msg ("fill the mapping");
  munmap (map);
  msg ("munmap");
  CHECK (read (fd, back, sizeof back) == sizeof back,
         "read the file back");
  pattern_check (back, 0, FILE_WORDS, 61, "file after munmap");
  msg ("it holds what was stored through the mapping");
  close (fd);
}
