/* A file name that crosses a page boundary is fine. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void
test_main (void)
{
  CHECK (create (boundary_string ("straddle.txt"), 0),
         "create \"straddle.txt\" across a page boundary");
  check_file ("straddle.txt", "", 0);
}
