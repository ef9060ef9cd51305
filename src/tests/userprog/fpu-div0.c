/* A division by zero with the zero-divide exception unmasked kills
   the program that does it, in x87 code (#MF) and in SSE code (#XM),
   and nothing else: the kernel survives, and the next program finds
   a clean unit and computes correctly. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  static const char *const programs[] = {"exc-mf", "exc-xm",
                                         "child-fpu check"};
  size_t i;

  for (i = 0; i < sizeof programs / sizeof *programs; i++)
    msg ("%s: %d", programs[i], wait (exec (programs[i])));
}
