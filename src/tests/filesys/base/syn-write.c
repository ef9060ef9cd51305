/* Several child processes write disjoint parts of one file at the
   same time; the parent then checks that the file holds every part. */

#include <random.h>
#include <syscall.h>
#include "tests/filesys/base/syn-write.h"
#include "tests/lib.h"
#include "tests/main.h"

static char data[SYN_WRITE_SIZE];

void
test_main (void)
{
  pid_t children[SYN_WRITE_CHILDREN];

  CHECK (create (SYN_WRITE_FILE, sizeof data), "create \"%s\"",
         SYN_WRITE_FILE);

  exec_children ("child-syn-wrt", children, SYN_WRITE_CHILDREN);
  wait_children (children, SYN_WRITE_CHILDREN);

  /* The children drew their parts from this same stream. */
  random_bytes (data, sizeof data);
  check_file (SYN_WRITE_FILE, data, sizeof data);
}
