/* A mapping may not overlap another: with a two-page file mapped at
   MAP_ADDR, a second two-page file cannot be mapped at the same
   address, one page above it or one page below it, but can be mapped
   right after it. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"

static char two_pages[8192];

void
test_main (void)
{
  char *base = MAP_ADDR;
  int first = make_file ("first.dat", two_pages, sizeof two_pages);
  int second = make_file ("second.dat", two_pages, sizeof two_pages);

  map_or_fail (first, base, "first.dat");
  CHECK (mmap (second, base) == MAP_FAILED,
         "mmap \"second.dat\" at the same address must fail");
  CHECK (mmap (second, base + 4096) == MAP_FAILED,
         "mmap \"second.dat\" one page higher must fail");
  CHECK (mmap (second, base - 4096) == MAP_FAILED,
         "mmap \"second.dat\" one page lower must fail");
  CHECK (mmap (second, base + 8192) != MAP_FAILED,
         "mmap \"second.dat\" right after the first mapping");
}
