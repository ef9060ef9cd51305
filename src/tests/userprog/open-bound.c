/* A file name that crosses a page boundary opens the file. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void
test_main (void)
{
  CHECK (open (boundary_string ("sample.txt")) > 1,
         "open \"sample.txt\" across a page boundary");
}
