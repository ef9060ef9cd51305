/* Floating-point work for the fpu-* tests, one job per run, chosen by
   the first argument:

     child-fpu dirty     leaves the unit as messy as a program can (see
                         fpu_make_dirty()) and exits normally, status 0;
     child-fpu check     checks that the unit starts in its reset state,
                         then computes exact results with it;
     child-fpu series K  runs the register-resident series of
                         fpu_run_series() for K and exits with status 0
                         if both totals come out exact.

   A process the kernel kills exits with -1, and a failed check with
   1, so the parent tells every outcome apart. */

#include <stdlib.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/userprog/fpu-ops.h"

const char *test_name = "child-fpu";

int
main (int argc, char *argv[])
{
  if (argc == 2 && !strcmp (argv[1], "dirty"))
    {
      msg ("leaving the FPU dirty");
      fpu_make_dirty ();
      return 0;
    }
  if (argc == 2 && !strcmp (argv[1], "check"))
    {
      fpu_check_reset_state ();
      fpu_compute_exactly ();
      return 0;
    }
  if (argc == 3 && !strcmp (argv[1], "series"))
    {
      fpu_run_series (atoi (argv[2]));
      return 0;
    }
  fail ("unknown job");
}
