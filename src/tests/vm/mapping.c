/* Helpers for the mmap tests; see mapping.h.  Each one reports what it
   does with msg(), so the tests' expected output reads as a script. */

#include "tests/vm/mapping.h"
#include "tests/lib.h"

/* Creates file NAME holding the SIZE bytes at DATA and returns a
   descriptor open on it at offset 0. */
int
make_file (const char *name, const void *data, size_t size)
{
  int fd;

  CHECK (create (name, size), "create \"%s\" (%zu bytes)", name, size);
  CHECK ((fd = open (name)) > 1, "open \"%s\"", name);
  if (size > 0 && write (fd, data, size) != (int) size)
    fail ("write \"%s\"", name);
  seek (fd, 0);
  return fd;
}

/* Maps FD, open on NAME, at ADDR, or fails. */
mapid_t
map_or_fail (int fd, void *addr, const char *name)
{
  mapid_t map;

  CHECK ((map = mmap (fd, addr)) != MAP_FAILED, "mmap \"%s\"", name);
  return map;
}

/* Fails unless the bytes of MAPPING's last page past its first SIZE
   bytes, the file's length, are all zero. */
void
check_zero_tail (const void *mapping, size_t size)
{
  const unsigned char *bytes = mapping;
  size_t i;

  for (i = size; i % 4096 != 0; i++)
    if (bytes[i] != 0)
      fail ("byte %zu, past the end of the file, is 0x%02x", i, bytes[i]);
  msg ("the rest of the last page reads as zeros");
}
