/* Several child processes read one file at the same time, each in
   pieces of its own random sizes, and check every byte against the
   data written by the parent. */

#include <random.h>
#include <syscall.h>
#include "tests/filesys/base/syn-read.h"
#include "tests/lib.h"
#include "tests/main.h"

static char data[SYN_READ_SIZE];

void
test_main (void)
{
  pid_t children[SYN_READ_CHILDREN];
  int fd;

  /* The children regenerate these bytes from the same seed. */
  random_bytes (data, sizeof data);

  CHECK (create (SYN_READ_FILE, sizeof data), "create \"%s\"",
         SYN_READ_FILE);
  CHECK ((fd = open (SYN_READ_FILE)) > 1, "open \"%s\"", SYN_READ_FILE);
  CHECK (write (fd, data, sizeof data) == sizeof data, "write \"%s\"",
         SYN_READ_FILE);
  msg ("close \"%s\"", SYN_READ_FILE);
  close (fd);

  exec_children ("child-syn-read", children, SYN_READ_CHILDREN);
  wait_children (children, SYN_READ_CHILDREN);
}
