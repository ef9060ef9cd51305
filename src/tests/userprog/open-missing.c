/* Opening files that do not exist fails: a missing name and the empty
   name. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  msg ("open(\"no-such-file\") = %d", open ("no-such-file"));
  msg ("open(\"\") = %d", open (""));
}
