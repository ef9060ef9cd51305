/* Creates an empty file and a non-empty one, which read back as zeros. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  static const char zeros[300];

  CHECK (create ("quux.dat", 0), "create quux.dat");
  check_file ("quux.dat", zeros, 0);
  CHECK (create ("zeros.dat", sizeof zeros), "create zeros.dat");
  check_file ("zeros.dat", zeros, sizeof zeros);
}
