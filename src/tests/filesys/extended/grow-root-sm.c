/* Creates 20 files in the root directory: about what the first
   sector of a directory holds. */

#include <stddef.h>
#include "tests/filesys/extended/grow-dir.h"
#include "tests/main.h"

void
test_main (void)
{
  grow_dir (NULL, 20);
}
