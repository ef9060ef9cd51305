/* Writes a large file from start to end in pieces of random
   sizes and checks it. */

#include "tests/filesys/base/file-test.h"
#include "tests/main.h"

void
test_main (void)
{
  sequential_test ("largefile", 75678, 0);
}
