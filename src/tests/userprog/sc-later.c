/* The system calls of the virtual memory and file system projects
   exist in this build only as numbers: each must fail harmlessly. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  char name[READDIR_MAX_LEN + 1];

  CHECK (mmap (2, (void *) 0x10000000) == MAP_FAILED, "mmap fails");
  munmap (0);
  msg ("munmap returns");
  CHECK (!chdir ("/"), "chdir fails");
  CHECK (!mkdir ("d"), "mkdir fails");
  CHECK (!readdir (2, name), "readdir fails");
  CHECK (!isdir (2), "isdir fails");
  CHECK (inumber (2) == -1, "inumber fails");
}
