/* Runs child-open several times.  Each opens files until open()
   fails and exits without closing them; every run must manage the
   same number, so nothing leaks when a process exits with files
   open. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  int first = wait (exec ("child-open"));
  int i;

  msg ("a process can open %d files", first);
  for (i = 0; i < 5; i++)
    {
      int count = wait (exec ("child-open"));
      if (count != first)
        fail ("run %d opened %d files, not %d", i + 2, count, first);
    }
  msg ("five more runs opened as many");
}
