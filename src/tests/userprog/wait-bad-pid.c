/* Waiting for pids that are not children returns -1: one that never
   existed, the error pid, and a grandchild. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  pid_t grandchild;
  int fd;

  msg ("wait(0x0c020301) = %d", wait ((pid_t) 0x0c020301));
  msg ("wait(PID_ERROR) = %d", wait (PID_ERROR));

  msg ("wait(exec(\"child-spawn\")) = %d", wait (exec ("child-spawn")));
  CHECK ((fd = open ("pid")) > 1, "open \"pid\"");
  CHECK (read (fd, &grandchild, sizeof grandchild) == sizeof grandchild
         && grandchild != PID_ERROR, "child-spawn started a grandchild");
  msg ("wait(grandchild) = %d", wait (grandchild));
}
