/* Two files grow at once, by turns, one write each: their blocks are
   allocated interleaved, and neither may end up with the other's
   data. */

#include <random.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define SIZE 8143               /* Bytes in each file. */
#define PIECE 373               /* Bytes per write. */

static char data_left[SIZE];
static char data_right[SIZE];

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
  int fd_left, fd_right;
  size_t ofs;

  random_bytes (data_left, sizeof data_left);
  random_bytes (data_right, sizeof data_right);
  CHECK (create ("left", 0) && create ("right", 0),
         "create \"left\" and \"right\", both empty");
  fd_left = open ("left");
  fd_right = open ("right");
  CHECK (fd_left > 1 && fd_right > 1, "open both");
  msg ("grow them by turns, %d bytes per write", PIECE);
  for (ofs = 0; ofs < SIZE; ofs += PIECE)
    {
      write_piece (fd_left, "left", data_left, ofs);
      write_piece (fd_right, "right", data_right, ofs);
    }
  CHECK (filesize (fd_left) == SIZE && filesize (fd_right) == SIZE,
         "both have %d bytes", SIZE);
  close (fd_right);
  close (fd_left);
  check_file ("right", data_right, SIZE);
  check_file ("left", data_left, SIZE);
}
