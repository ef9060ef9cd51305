/* Several processes compute long floating-point series at the same
   time, each with its own numbers and rounding modes kept in the FPU's
   registers throughout, while the scheduler switches among them many
   times; every total comes out exact, so no process saw another's
   registers.  This process runs a series of its own meanwhile. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/fpu-ops.h"

/* Children, running series 1 to CHILD_CNT; we run series 0. */
#define CHILD_CNT 3

void
test_main (void)
{
  pid_t children[CHILD_CNT];
  int status[CHILD_CNT];
  int i;

  for (i = 0; i < CHILD_CNT; i++)
    {
      char cmd_line[32];

      snprintf (cmd_line, sizeof cmd_line, "child-fpu series %d", i + 1);
      children[i] = exec (cmd_line);
    }
  fpu_run_series (0);

  /* Report only when all have ended, so that the children's exit
     lines come first in any interleaving. */
  for (i = 0; i < CHILD_CNT; i++)
    status[i] = wait (children[i]);
  msg ("series 0 exact");
  for (i = 0; i < CHILD_CNT; i++)
    msg ("series %d: exit status %d", i + 1, status[i]);
}
