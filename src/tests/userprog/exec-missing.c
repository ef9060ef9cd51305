/* Executing a file that does not exist fails, and so does an empty or
   all-blank command line. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  msg ("exec(\"no-such-file\") = %d", exec ("no-such-file"));
  msg ("exec(\"\") = %d", exec (""));
  msg ("exec(\"   \") = %d", exec ("   "));
}
