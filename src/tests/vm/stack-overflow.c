/* Recursion without end runs the stack into the guard page at the
   bottom of its 8 MB region.  The kernel must say so -- the console
   line "stack-overflow: stack overflow" -- and kill the process with
   status -1.  Each call writes its own kilobyte of the stack, so every
   page of the region is touched on the way down, and the machine needs
   swap enough to hold it all (Make.tests gives it 10 MB). */

#include <limits.h>
#include "tests/lib.h"
#include "tests/main.h"

/* Never reached; read at run time, so that the compiler neither sees
   an endless recursion nor turns it into a loop. */
static volatile int depth_limit = INT_MAX;

/* Fills a kilobyte of stack and recurses to depth DEPTH + 1. */
static int
descend (int depth)
{
  volatile char frame[1024];
  int below;

  frame[0] = frame[sizeof frame - 1] = (char) depth;
  if (depth == depth_limit)
    return 0;
  below = descend (depth + 1);
  return below + frame[0];
}

void
test_main (void)
{
  msg ("recurse without end");
  msg ("the recursion returned %d: the stack never ran out", descend (0));
}
