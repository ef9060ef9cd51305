/* Writes a file of 150000 bytes, more than the direct blocks of an
   inode reach, starting from an empty file, in writes of 1021 bytes
   that nearly all extend it, and reads it back. */

#include <stddef.h>
#include "tests/filesys/extended/grow-seq.h"
#include "tests/main.h"

void
test_main (void)
{
  grow_seq (150000, 1021, NULL);
}
