/* Sequential writing of a file; see seq-test.h. */

#include "tests/filesys/seq-test.h"
#include <random.h>
#include <syscall.h>
#include "tests/lib.h"

void
seq_test (const char *file_name, void *buf_, size_t size,
          size_t initial_size, size_t (*block_size_func) (void),
          void (*check_func) (int fd, long ofs))
{
  char *buf = buf_;
  size_t ofs;
  int fd;

  random_bytes (buf, size);
  CHECK (create (file_name, initial_size), "create \"%s\"", file_name);
  CHECK ((fd = open (file_name)) > 1, "open \"%s\"", file_name);

  msg ("writing \"%s\"", file_name);
  for (ofs = 0; ofs < size; )
    {
      size_t piece = block_size_func ();
      int written;

      if (piece > size - ofs)
        piece = size - ofs;
      written = write (fd, buf + ofs, piece);
      if (written != (int) piece)
        fail ("write %zu bytes at offset %zu in \"%s\" returned %d",
              piece, ofs, file_name, written);
      ofs += piece;
      if (check_func != NULL)
        check_func (fd, ofs);
    }

  msg ("close \"%s\"", file_name);
  close (fd);
  check_file (file_name, buf, size);
}
