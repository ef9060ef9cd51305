/* Writes a large file from start to end in 3000-byte pieces,
   which straddle sector boundaries, and checks it. */

#include "tests/filesys/base/file-test.h"
#include "tests/main.h"

void
test_main (void)
{
  sequential_test ("largefile", 75678, 3000);
}
