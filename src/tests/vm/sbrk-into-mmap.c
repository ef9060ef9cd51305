/* The heap and file mappings never overlap.  With a file mapped two
   pages above the break, the heap can grow one page but not three,
   and a growth that fails leaves the break where it was.  Once the
   mapping is gone the heap grows over its place; then mmap() refuses
   the heap's pages, first and last, while a mapping that starts right
   at the break is allowed, after which the heap cannot grow at all. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

void
test_main (void)
{
  uint8_t *heap;
  mapid_t map;
  int fd;

  CHECK ((heap = sbrk (0)) != (void *) -1, "sbrk (0) returns the break");
  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  map = map_or_fail (fd, heap + 2 * PAGE_SIZE, "sample.txt");

  CHECK (sbrk (PAGE_SIZE) == heap, "grow the heap by a page");
  heap[0] = 1;
  CHECK (sbrk (2 * PAGE_SIZE) == (void *) -1 && sbrk (0) == heap + PAGE_SIZE,
         "growing it two more pages, into the mapping, fails");
  CHECK (heap[0] == 1, "the heap page is still there");

  munmap (map);
  CHECK (sbrk (2 * PAGE_SIZE) == heap + PAGE_SIZE,
         "after munmap it grows two more pages");
  heap[2 * PAGE_SIZE] = 2;

  CHECK (mmap (fd, heap) == MAP_FAILED,
         "mmap over the heap's first page fails");
  CHECK (mmap (fd, heap + 2 * PAGE_SIZE) == MAP_FAILED,
         "mmap over the heap's last page fails");
  CHECK (mmap (fd, heap + 3 * PAGE_SIZE) != MAP_FAILED,
         "mmap right at the break works");
  CHECK (sbrk (1) == (void *) -1, "now the heap cannot grow by a byte");
  CHECK (heap[0] == 1 && heap[2 * PAGE_SIZE] == 2,
         "the heap still holds what was written");
}
