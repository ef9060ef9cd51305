/* Only dirty mapped pages are written back.  A 64-page file is mapped
   and read in full, one word of one page is changed, and then other
   memory is filled until most of the mapping has been evicted; the
   mapping is read again and unmapped.  The check (mmap-clean.ck) reads
   the kernel's counters: of all those pages, exactly one may have been
   written to the file, whether at eviction or at munmap. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

#define FILE_PAGES 64
#define FILE_WORDS (FILE_PAGES * PAGE_WORDS)
#define PRESSURE_KB 1536
#define PRESSURE_WORDS (PRESSURE_KB * 1024 / sizeof (uint32_t))

/* The changed word: in page 5, and its new value. */
#define CHANGED (5 * PAGE_WORDS + 7)
#define NEW_VALUE 0xd1d1d1d1

static uint32_t file_words[FILE_WORDS];
static uint32_t pressure[PRESSURE_WORDS];

/* Fails unless the FILE_WORDS at WORDS are the file's pattern, with
   the one changed word; WHAT names them. */
static void
check_changed (const uint32_t *words, const char *what)
{
  pattern_check (words, 0, CHANGED, 51, what);
  if (words[CHANGED] != NEW_VALUE)
    fail ("%s: the changed word is 0x%08x", what, (unsigned) words[CHANGED]);
  pattern_check (words, CHANGED + 1, FILE_WORDS - CHANGED - 1, 51, what);
}

void
test_main (void)
{
  uint32_t *mapping = MAP_ADDR;
  mapid_t map;
  int fd;

  pattern_fill (file_words, 0, FILE_WORDS, 51);
  fd = make_file ("clean.dat", file_words, sizeof file_words);
  map = map_or_fail (fd, mapping, "clean.dat");
  pattern_check (mapping, 0, FILE_WORDS, 51, "mapping");
  msg ("read all %d pages of the mapping", FILE_PAGES);
  mapping[CHANGED] = NEW_VALUE;
  msg ("change one word of page %d", CHANGED / (int) PAGE_WORDS);

  pattern_fill (pressure, 0, PRESSURE_WORDS, 52);
  msg ("fill %d kB of other memory", PRESSURE_KB);
  check_changed (mapping, "mapping after eviction");
  msg ("the mapping still holds the file and the change");
  munmap (map);
  msg ("munmap");

  if (read (fd, file_words, sizeof file_words) != sizeof file_words)
    fail ("read \"clean.dat\"");
  check_changed (file_words, "file after munmap");
  msg ("the file holds the change");
  close (fd);
}
