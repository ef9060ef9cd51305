/* The stack grows inside a system call: read() stores into the middle
   of a large local buffer that user code has never touched, so the
   page faults happen in the kernel, which must judge them by the user
   stack pointer saved when the system call began. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

/* The local buffer, and where in it read() stores. */
#define BUF_SIZE (128 * 1024)
#define READ_OFS (BUF_SIZE / 2 - 100)
#define DATA_SIZE (3 * PAGE_SIZE)

static uint32_t data[DATA_SIZE / sizeof (uint32_t)];

/* Reads DATA_SIZE bytes from FD into an untouched part of a local
   buffer and checks them against `data'. */
static void
read_into_stack (int fd)
{
  char buf[BUF_SIZE];

  CHECK (read (fd, buf + READ_OFS, DATA_SIZE) == DATA_SIZE,
         "read %d bytes into untouched stack pages", DATA_SIZE);
  if (memcmp (buf + READ_OFS, data, DATA_SIZE))
    fail ("the bytes read differ from the file's");
  msg ("they match the file");
}

void
test_main (void)
{
  int fd;

  pattern_fill (data, 0, DATA_SIZE / sizeof (uint32_t), 5);
  CHECK (create ("stack.dat", DATA_SIZE), "create \"stack.dat\"");
  CHECK ((fd = open ("stack.dat")) > 1, "open \"stack.dat\"");
  CHECK (write (fd, data, DATA_SIZE) == DATA_SIZE, "write it");
  seek (fd, 0);
  read_into_stack (fd);
  close (fd);
}
