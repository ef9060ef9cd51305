/* A directory opens like a file, but is not one: isdir() says so,
   write() to it writes nothing, and its inode number is its own.  A
   file is not a directory: readdir() on it fails. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  char name[READDIR_MAX_LEN + 1];
  int dir_fd, file_fd;

  CHECK (mkdir ("xyzzy"), "mkdir \"xyzzy\"");
  CHECK (create ("plugh", 10), "create \"plugh\"");
  CHECK ((dir_fd = open ("xyzzy")) > 1, "open \"xyzzy\"");
  CHECK ((file_fd = open ("plugh")) > 1, "open \"plugh\"");
  CHECK (isdir (dir_fd), "isdir \"xyzzy\"");
  CHECK (!isdir (file_fd), "isdir \"plugh\" (must be false)");
  CHECK (inumber (dir_fd) != inumber (file_fd),
         "their inode numbers differ");
  CHECK (write (dir_fd, "garbage", 7) <= 0,
         "write to \"xyzzy\" (must write nothing)");
  CHECK (!readdir (file_fd, name), "readdir of \"plugh\" (must fail)");
  CHECK (!readdir (dir_fd, name), "readdir of \"xyzzy\" finds it empty");
  msg ("close both");
  close (dir_fd);
  close (file_fd);
}
