/* See grow-seq.h. */

#include "tests/filesys/extended/grow-seq.h"
#include "tests/filesys/seq-test.h"
#include "tests/lib.h"

/* Large enough for the largest grow-seq test. */
static char data[160 * 1024];
static size_t piece_size;

static size_t
next_piece (void)
{
  return piece_size;
}

void
grow_seq (size_t size, size_t piece, void (*check_func) (int fd, long ofs))
{
  if (size > sizeof data)
    fail ("grow_seq: %zu bytes is more than the buffer", size);
  piece_size = piece;
  seq_test ("growing", data, size, 0, next_piece, check_func);
}
