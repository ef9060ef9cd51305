/* Removes a file while it is open, then writes and reads it through
   the descriptor, which must keep working. */

#include <random.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

static char written[1234];
static char read_back[sizeof written];

void
test_main (void)
{
  const char *file_name = "deleteme";
  int fd;

  CHECK (create (file_name, sizeof written), "create \"%s\"", file_name);
  CHECK ((fd = open (file_name)) > 1, "open \"%s\"", file_name);
  CHECK (remove (file_name), "remove \"%s\"", file_name);

  random_bytes (written, sizeof written);
  CHECK (write (fd, written, sizeof written) == sizeof written,
         "write \"%s\"", file_name);
  msg ("seek \"%s\" to 0", file_name);
  seek (fd, 0);
  CHECK (read (fd, read_back, sizeof read_back) == sizeof read_back,
         "read \"%s\"", file_name);
  compare_bytes (read_back, written, sizeof written, 0, file_name);

  msg ("close \"%s\"", file_name);
  close (fd);
}
