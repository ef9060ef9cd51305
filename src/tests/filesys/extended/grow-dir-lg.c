/* Creates a directory and 60 files in it, which must grow well past
   its first sector to hold them. */

#include "tests/filesys/extended/grow-dir.h"
#include "tests/main.h"

void
test_main (void)
{
  grow_dir ("dir", 60);
}
