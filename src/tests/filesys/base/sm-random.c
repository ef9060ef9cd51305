/* Writes a small file as 256-byte blocks in random order, then
   reads them back in another random order. */

#include "tests/filesys/base/file-test.h"
#include "tests/main.h"

void
test_main (void)
{
  random_test ("smallfile", 5120, 256);
}
