/* The stack grows as a recursion goes deeper, a page or so per level:
   each level fills a local block of a little less than a page and
   checks it again on the way back up, after every deeper level has
   come and gone, so each page the kernel added must also keep what
   was written to it. */

#include "tests/lib.h"
#include "tests/main.h"

/* Levels of recursion, and the bytes of local data at each. */
#define DEPTH 40
#define BLOCK_SIZE 3500

/* Byte I of level LEVEL's block. */
static unsigned char
block_byte (int level, size_t i)
{
  return (unsigned char) (level * 37 + i * 11);
}

/* Fills a block, goes one level deeper unless at DEPTH, and checks
   the block again. */
static void
descend (int level)
{
  unsigned char block[BLOCK_SIZE];
  size_t i;

  for (i = 0; i < BLOCK_SIZE; i++)
    block[i] = block_byte (level, i);
  if (level < DEPTH)
    descend (level + 1);
  for (i = 0; i < BLOCK_SIZE; i++)
    if (block[i] != block_byte (level, i))
      fail ("level %d: byte %zu of its block changed", level, i);
}

void
test_main (void)
{
  msg ("recurse %d levels deep with %d bytes of locals each", DEPTH,
       BLOCK_SIZE);
  descend (1);
  msg ("every level kept its locals");
}
