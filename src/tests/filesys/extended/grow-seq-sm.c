/* Writes a file of 5678 bytes, starting from an empty one, in
   writes of 377 bytes, so that nearly every write extends it, and
   reads it back. */

#include <stddef.h>
#include "tests/filesys/extended/grow-seq.h"
#include "tests/main.h"

void
test_main (void)
{
  grow_seq (5678, 377, NULL);
}
