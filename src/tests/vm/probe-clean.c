/* Checking a system call's buffer must not write to it.  read() of a
   short file into a 2 MB buffer that the program has never touched may
   write only the bytes it reads, and write() from another untouched
   2 MB buffer (to a descriptor that is not open, so that nothing is
   written anywhere) may write none.  If the kernel checked a buffer by
   writing to each of its pages, all 512 would be dirty, and would go
   to swap when other pages push them out; pages only ever read are
   clean zero pages and go nowhere.  The check (probe-clean.ck) reads
   the kernel's swap write count. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

#define BUF_SIZE (2 * 1024 * 1024)

static unsigned char buf[BUF_SIZE];
static unsigned char out_buf[BUF_SIZE];

void
test_main (void)
{
  size_t i;
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK (read (fd, buf, BUF_SIZE) == sizeof sample - 1,
         "read it into the start of an untouched 2 MB buffer");
  if (memcmp (buf, sample, sizeof sample - 1))
    fail ("the bytes read differ from the file");
  for (i = sizeof sample - 1; i < BUF_SIZE; i++)
    if (buf[i] != 0)
      fail ("byte %zu of the buffer, past what was read, is 0x%02x",
            i, buf[i]);
  msg ("the file's bytes are there and the rest is still zero");
  close (fd);
  CHECK (write (fd, out_buf, BUF_SIZE) == -1,
         "write from an untouched 2 MB buffer to a closed descriptor: -1");
}
