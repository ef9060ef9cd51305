/* Removes a directory that the process has open.  Non-empty, it must
   stay.  Emptied, the kernel may remove it or refuse; if removed, the
   open descriptor must show a dead directory (readdir finds nothing,
   nothing can be created in it), and closing it must be clean. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  char name[READDIR_MAX_LEN + 1];
  int fd;

  CHECK (mkdir ("a"), "mkdir \"a\"");
  put_text ("a/x", "x");
  CHECK ((fd = open ("a")) > 1, "open \"a\"");
  CHECK (!remove ("a"), "remove \"a\" while it holds \"x\" (must fail)");
  CHECK (remove ("a/x"), "remove \"a/x\"");
  if (remove ("a"))
    {
      msg ("remove \"a\" while it is open: removed");
      CHECK (!readdir (fd, name), "readdir of the open \"a\" finds nothing");
      CHECK (!create ("a/y", 0), "create \"a/y\" (must fail)");
      CHECK (open ("a") == -1, "open \"a\" (must fail)");
      msg ("close \"a\"");
      close (fd);
    }
  else
    {
      msg ("remove \"a\" while it is open: refused");
      msg ("close \"a\"");
      close (fd);
      CHECK (remove ("a"), "remove \"a\" once closed");
    }
  CHECK (!chdir ("a"), "chdir \"a\" (must fail)");
}
