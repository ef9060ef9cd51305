/* Writes a large file as 512-byte blocks in random order, then
   reads them back in another random order. */

#include "tests/filesys/base/file-test.h"
#include "tests/main.h"

void
test_main (void)
{
  random_test ("largefile", 76800, 512);
}
