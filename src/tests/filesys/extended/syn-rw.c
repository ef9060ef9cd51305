/* One process grows a file while several others read it from the
   start as it grows.  A reader may see the file shorter than it will
   be, but every byte it does see must be the byte written there: an
   extension must not become visible before its data. */

#include <random.h>
#include <syscall.h>
#include "tests/filesys/extended/syn-rw.h"
#include "tests/lib.h"
#include "tests/main.h"

#define PIECE 97                /* Bytes per write: odd, to split sectors. */

static char data[SYN_RW_SIZE];

void
test_main (void)
{
  pid_t readers[SYN_RW_READERS];
  size_t ofs;
  int fd;

  random_init (SYN_RW_SEED);
  random_bytes (data, sizeof data);
  CHECK (create (SYN_RW_FILE, 0), "create \"%s\"", SYN_RW_FILE);
  CHECK ((fd = open (SYN_RW_FILE)) > 1, "open \"%s\"", SYN_RW_FILE);
  exec_children ("child-syn-rw", readers, SYN_RW_READERS);

  msg ("write \"%s\" while they read it", SYN_RW_FILE);
  for (ofs = 0; ofs < sizeof data; ofs += PIECE)
    {
      size_t piece = sizeof data - ofs < PIECE ? sizeof data - ofs : PIECE;
      int written = write (fd, data + ofs, piece);

      if (written != (int) piece)
        fail ("write of %zu bytes at %zu returned %d", piece, ofs, written);
    }
  msg ("close \"%s\"", SYN_RW_FILE);
  close (fd);
  wait_children (readers, SYN_RW_READERS);
  check_file (SYN_RW_FILE, data, sizeof data);
}
