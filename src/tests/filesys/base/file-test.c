/* Patterns shared by the sm-* and lg-* file-system tests.

   Every pattern creates FILE_NAME at its full SIZE (the base file
   system's files do not grow), fills it in its own way with bytes from
   the seeded random stream, kept in a buffer, and then checks that the
   file holds exactly those bytes.  The messages each pattern prints
   depend only on its arguments, never on the data, so the .ck files
   can list them. */

#include "tests/filesys/base/file-test.h"
#include "tests/filesys/seq-test.h"
#include <random.h>
#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

/* What the file should hold, and room to read it back. */
static char expected[FILE_TEST_MAX];
static char actual[FILE_TEST_MAX];

/* Creates FILE_NAME, SIZE bytes long, and opens it.  Returns the file
   descriptor. */
static int
create_and_open (const char *file_name, size_t size)
{
  int fd;

  if (size > FILE_TEST_MAX)
    fail ("test of %zu bytes is larger than %d", size, FILE_TEST_MAX);
  CHECK (create (file_name, size), "create \"%s\"", file_name);
  CHECK ((fd = open (file_name)) > 1, "open \"%s\"", file_name);
  return fd;
}

/* Writes the SIZE bytes of EXPECTED at OFS to FD, which is positioned
   there, and fails unless all were written. */
static void
write_exactly (int fd, const char *file_name, size_t ofs, size_t size)
{
  int written = write (fd, expected + ofs, size);

  if (written != (int) size)
    fail ("write %zu bytes at offset %zu in \"%s\" returned %d",
          size, ofs, file_name, written);
}

/* Creates FILE_NAME, SIZE bytes long, and checks that it reads back as
   zeros. */
void
create_test (const char *file_name, size_t size)
{
  int fd = create_and_open (file_name, size);

  msg ("close \"%s\"", file_name);
  close (fd);
  check_file (file_name, expected, size);
}

/* Size of each piece that sequential_test() writes, or 0 for random
   sizes; seq_test() asks for it through next_piece(). */
static size_t piece_size;

/* Returns the size of the next piece of a sequential write:
   PIECE_SIZE, or if that is 0 a random size from 1 to 2000 bytes. */
static size_t
next_piece (void)
{
  return piece_size != 0 ? piece_size : random_ulong () % 2000 + 1;
}

/* Writes all of FILE_NAME, SIZE bytes long, in one system call, then
   checks it. */
void
full_test (const char *file_name, size_t size)
{
  sequential_test (file_name, size, size);
}

/* Writes FILE_NAME, SIZE bytes long, from start to end in pieces of
   BLOCK_SIZE bytes (random sizes if BLOCK_SIZE is 0), then checks it. */
void
sequential_test (const char *file_name, size_t size, size_t block_size)
{
  if (size > FILE_TEST_MAX)
    fail ("test of %zu bytes is larger than %d", size, FILE_TEST_MAX);
  piece_size = block_size;
  seq_test (file_name, expected, size, size, next_piece, NULL);
}

/* Writes FILE_NAME, SIZE bytes long, as blocks of BLOCK_SIZE bytes in
   a random order, then reads the blocks back in another random order,
   checking each. */
void
random_test (const char *file_name, size_t size, size_t block_size)
{
  static size_t order[FILE_TEST_MAX / 256];
  size_t block_cnt = size / block_size;
  size_t i;
  int fd;

  if (size % block_size != 0 || block_cnt > sizeof order / sizeof *order)
    fail ("size %zu does not suit blocks of %zu bytes", size, block_size);
  fd = create_and_open (file_name, size);
  random_bytes (expected, size);
  for (i = 0; i < block_cnt; i++)
    order[i] = i;

  msg ("write \"%s\" in random order", file_name);
  shuffle (order, block_cnt, sizeof *order);
  for (i = 0; i < block_cnt; i++)
    {
      size_t ofs = order[i] * block_size;

      seek (fd, ofs);
      write_exactly (fd, file_name, ofs, block_size);
    }

  msg ("read \"%s\" in random order", file_name);
  shuffle (order, block_cnt, sizeof *order);
  for (i = 0; i < block_cnt; i++)
    {
      size_t ofs = order[i] * block_size;
      int bytes_read;

      seek (fd, ofs);
      bytes_read = read (fd, actual, block_size);
      if (bytes_read != (int) block_size)
        fail ("read %zu bytes at offset %zu in \"%s\" returned %d",
              block_size, ofs, file_name, bytes_read);
      compare_bytes (actual, expected + ofs, block_size, ofs, file_name);
    }

  msg ("close \"%s\"", file_name);
  close (fd);
}
