/* Writes a whole small file in one system call and checks it. */

#include "tests/filesys/base/file-test.h"
#include "tests/main.h"

void
test_main (void)
{
  full_test ("smallfile", 5678);
}
