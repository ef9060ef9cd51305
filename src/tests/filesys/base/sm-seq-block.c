/* Writes a small file from start to end in 513-byte pieces,
   which straddle sector boundaries, and checks it. */

#include "tests/filesys/base/file-test.h"
#include "tests/main.h"

void
test_main (void)
{
  sequential_test ("smallfile", 5678, 513);
}
