/* Two files grow at once, by turns, one write each: their blocks are
   allocated interleaved, and neither may end up with the other's
   data. */

#include <random.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define SIZE 8143               /* Bytes in each file. */
#define PIECE 373               /* Bytes per write. */

static char data_a[SIZE];
static char data_b[SIZE];

/* Writes the piece of DATA at OFS to FD, which is NAME. */
static void
write_piece (int fd, const char *name, const char *data, size_t ofs)
{
  size_t piece = SIZE - ofs < PIECE ? SIZE - ofs : PIECE;
  int written = write (fd, data + ofs, piece);

  if (written != (int) piece)
    fail ("write of %zu bytes at %zu in \"%s\" returned %d",
          piece, ofs, name, written);
}

void
test_main (void)
{
  int fd_a, fd_b;
  size_t ofs;

  random_bytes (data_a, sizeof data_a);
  random_bytes (data_b, sizeof data_b);
  CHECK (create ("a", 0), "create \"a\"");
  CHECK (create ("b", 0), "create \"b\"");
  CHECK ((fd_a = open ("a")) > 1, "open \"a\"");
  CHECK ((fd_b = open ("b")) > 1, "open \"b\"");
  msg ("write \"a\" and \"b\" alternately");
  for (ofs = 0; ofs < SIZE; ofs += PIECE)
    {
      write_piece (fd_a, "a", data_a, ofs);
      write_piece (fd_b, "b", data_b, ofs);
    }
  msg ("close \"a\"");
  close (fd_a);
  msg ("close \"b\"");
  close (fd_b);
  check_file ("a", data_a, SIZE);
  check_file ("b", data_b, SIZE);
}
