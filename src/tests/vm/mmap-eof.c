/* Bytes past the end of a mapped file are never written to it.  The
   last page of a 5000-byte mapping reads as zeros past byte 5000; the
   test stores into those bytes and into the file's first byte, unmaps,
   and finds the file still 5000 bytes long with only the first byte
   changed.  Mapped again, the bytes past the end read as zeros again. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

#define FILE_SIZE 5000
#define MAP_SIZE 8192

static uint32_t words[MAP_SIZE / sizeof (uint32_t)];

void
test_main (void)
{
  unsigned char *mapping = MAP_ADDR;
  unsigned char *bytes = (unsigned char *) words;
  unsigned char first;
  size_t i;
  mapid_t map;
  int fd;

  pattern_fill (words, 0, MAP_SIZE / sizeof (uint32_t), 57);
  first = bytes[0];
  fd = make_file ("eof.dat", words, FILE_SIZE);
  map = map_or_fail (fd, mapping, "eof.dat");
  check_zero_tail (mapping, FILE_SIZE);
  for (i = FILE_SIZE; i < MAP_SIZE; i++)
    mapping[i] = 0xee;
  mapping[0] = first ^ 0xff;
  munmap (map);
  msg ("store past the end of the file and into its first byte, munmap");

  CHECK (filesize (fd) == FILE_SIZE, "the file is still %d bytes long",
         FILE_SIZE);
  CHECK (read (fd, words, MAP_SIZE) == FILE_SIZE, "read it");
  if (bytes[0] != (first ^ 0xff))
    fail ("the first byte did not change");
  bytes[0] = first;
  pattern_check (words, 0, FILE_SIZE / sizeof (uint32_t), 57, "eof.dat");
  msg ("only its first byte changed");

  map = map_or_fail (fd, mapping, "eof.dat");
  check_zero_tail (mapping, FILE_SIZE);
  munmap (map);
  close (fd);
}
