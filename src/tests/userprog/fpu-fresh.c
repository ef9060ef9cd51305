/* A process that computes in floating point right after one that left
   the unit dirty -- every exception unmasked, odd rounding, registers
   full, an x87 error pending -- starts from a clean unit and gets
   exact results.

   It is tried twice: after a child that exits with its unit dirty,
   and after this process has dirtied its own unit and then starts the
   next child.  In the second case nothing runs between the two but
   the kernel, so the new child's unit is clean only if the kernel
   itself resets it for every new process. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/fpu-ops.h"

void
test_main (void)
{
  static const char *const jobs[] = {"dirty", "check"};

  run_cases ("child-fpu", jobs, 2);

  msg ("leaving the FPU dirty");
  fpu_make_dirty ();
  run_cases ("child-fpu", jobs + 1, 1);
}
