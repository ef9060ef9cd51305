/* Child of syn-read: reads the shared file in pieces of random sizes,
   checks it, and exits with the number it was given as argument. */

#include <random.h>
#include <stdlib.h>
#include <syscall.h>
#include "tests/filesys/base/syn-read.h"
#include "tests/lib.h"

const char *test_name = "child-syn-read";

static char data[SYN_READ_SIZE];
static char piece[SYN_READ_SIZE];

int
main (int argc, char *argv[])
{
  int id;
  int fd;
  size_t ofs = 0;

  quiet = true;
  CHECK (argc == 2, "argc is 2");
  id = atoi (argv[1]);

  /* The parent's data, from the same seed; then a stream of our own
     for the piece sizes. */
  random_bytes (data, sizeof data);
  random_init (id + 1);

  CHECK ((fd = open (SYN_READ_FILE)) > 1, "open \"%s\"", SYN_READ_FILE);
  while (ofs < sizeof data)
    {
      size_t size = random_ulong () % 500 + 1;
      int bytes_read;

      if (size > sizeof data - ofs)
        size = sizeof data - ofs;
      bytes_read = read (fd, piece, size);
      if (bytes_read != (int) size)
        fail ("read %zu bytes at offset %zu in \"%s\" returned %d",
              size, ofs, SYN_READ_FILE, bytes_read);
      compare_bytes (piece, data + ofs, size, ofs, SYN_READ_FILE);
      ofs += size;
    }
  close (fd);
  return id;
}
