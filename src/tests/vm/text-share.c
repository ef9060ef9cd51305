/* Eight instances of one program, alive at once, share the frames of
   its read-only pages.  child-share reads all 64 pages of a table in its
   code segment and then starts the next instance and waits for it; the
   eighth reads its table while the seven before it still run.  The
   check (text-share.ck) reads the counters: the last seven instances
   must have found at least 64 of their pages already in memory each,
   the file must have been read far less than eight times over, and
   the 512 pages that eight private copies would take (more than this
   machine's memory) must never have pushed anything out. */

#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  pid_t pid;
  int status;

  CHECK ((pid = exec ("child-share 1")) != PID_ERROR,
         "run 8 instances of child-share, each starting the next");
  status = wait (pid);
  CHECK (status == 1, "the first instance exits with 1");
}
