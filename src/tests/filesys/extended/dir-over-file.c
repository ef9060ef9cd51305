/* A name holds one thing: a file cannot be created where a directory
   is, nor a directory where a file is, and the first stays as it
   was. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int fd;

  CHECK (mkdir ("abc"), "mkdir \"abc\"");
  CHECK (!create ("abc", 0), "create \"abc\" (must fail)");
  put_text ("def", "a file");
  CHECK (!mkdir ("def"), "mkdir \"def\" (must fail)");
  CHECK ((fd = open ("abc")) > 1 && isdir (fd), "\"abc\" is a directory");
  close (fd);
  expect_text ("def", "a file");
  msg ("\"def\" is the file it was");
}
