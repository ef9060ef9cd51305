/* Creates 60 files in the root directory, which must grow well past
   its first sector to hold them. */

#include <stddef.h>
#include "tests/filesys/extended/grow-dir.h"
#include "tests/main.h"

void
test_main (void)
{
  grow_dir (NULL, 60);
}
