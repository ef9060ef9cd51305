/* Opening a file twice gives two descriptors with positions of their
   own. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void
test_main (void)
{
  int fd1, fd2;
  char byte;

  CHECK ((fd1 = open ("sample.txt")) > 1, "open \"sample.txt\" once");
  CHECK ((fd2 = open ("sample.txt")) > 1, "open \"sample.txt\" again");
  if (fd1 == fd2)
    fail ("both opens returned %d", fd1);
  CHECK (read (fd1, &byte, 1) == 1 && byte == sample[0],
         "read a byte from the first");
  check_file_handle (fd2, "sample.txt", sample, sizeof sample - 1);
}
