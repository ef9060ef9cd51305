/* The shared zero page, as two tests built from this one program.

   zero-read reads a byte of every page of 1 MB of bss that nothing
   has written, twice over.  Each first read must be answered by
   mapping the kernel's one zero page, not a frame of its own: run
   with a user pool of 128 pages (Make.tests), 256 private frames
   would force evictions, and zero-read.ck checks the counters for the
   256 zero-page maps and next to no evictions.

   zero-write does the same and, between the two passes, writes one
   byte of one page.  That page alone must get a frame of its own:
   zero-write.ck checks that its run counted exactly one copy-on-write
   fault and one copy more than zero-read's (the two programs are the
   same bytes, so everything else they do costs the same), and the
   second pass here checks that the write did not land in the zero
   page, which every other page still maps. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define AREA_PAGES 256

/* The page that zero-write writes, the byte, and the value. */
#define WRITTEN_PAGE 100
#define WRITTEN_OFS 7
#define WRITTEN_VALUE 0x5a

/* Page-aligned, so that no other variable shares its pages and each
   is wholly bss. */
static volatile uint8_t area[AREA_PAGES * PAGE_SIZE]
  __attribute__ ((aligned (PAGE_SIZE)));

/* Reads byte WRITTEN_OFS of every page of the area and fails unless
   each is zero, except, if WRITTEN, the byte written.  PASS names the
   pass. */
static void
read_pages (bool written, const char *pass)
{
  int page;

  for (page = 0; page < AREA_PAGES; page++)
    {
      int expected = written && page == WRITTEN_PAGE ? WRITTEN_VALUE : 0;
      int value = area[page * PAGE_SIZE + WRITTEN_OFS];

      if (value != expected)
        fail ("%s: page %d holds 0x%02x, expected 0x%02x", pass, page, value,
              expected);
    }
  msg ("%s: read a byte of each of %d pages", pass, AREA_PAGES);
}

void
test_main (void)
{
  bool write_one = !strcmp (test_name, "zero-write");

  read_pages (false, "first pass");
  if (write_one)
    {
      area[WRITTEN_PAGE * PAGE_SIZE + WRITTEN_OFS] = WRITTEN_VALUE;
      msg ("write a byte of page %d", WRITTEN_PAGE);
    }
  read_pages (write_one, "second pass");
}
