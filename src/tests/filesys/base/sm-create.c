/* Creates a small file and checks that it reads back as zeros. */

#include "tests/filesys/base/file-test.h"
#include "tests/main.h"

void
test_main (void)
{
  create_test ("smallfile", 5678);
}
