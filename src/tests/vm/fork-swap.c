/* fork() of a process whose pages are mostly in swap.  Run with a user
   pool of 64 pages (Make.tests), the parent fills 1 MB, so that at
   least three quarters of it is in swap when it forks.  The child must
   see all of it, then rewrites the first half and checks the whole;
   the parent, once the child is gone, must still have its own data in
   every page -- pages whose swap slot was shared with the child as
   well as pages the child copied. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define AREA_KB 1024
#define AREA_WORDS (AREA_KB * 1024 / sizeof (uint32_t))
#define HALF (AREA_WORDS / 2)

#define PARENT_SEED 71
#define CHILD_SEED 72

static uint32_t area[AREA_WORDS];

void
test_main (void)
{
  pid_t pid;

  pattern_fill (area, 0, AREA_WORDS, PARENT_SEED);
  msg ("fill %d kB; fork", AREA_KB);
  pid = fork ();
  if (pid == 0)
    {
      pattern_check (area, 0, AREA_WORDS, PARENT_SEED, "child");
      msg ("child: all %d kB hold the parent's data", AREA_KB);
      pattern_fill (area, 0, HALF, CHILD_SEED);
      pattern_check (area, 0, HALF, CHILD_SEED, "child's first half");
      pattern_check (area, HALF, AREA_WORDS - HALF, PARENT_SEED,
                     "child's second half");
      msg ("child: rewrote the first half");
      exit (7);
    }
  if (pid == PID_ERROR)
    fail ("fork");
  if (wait (pid) != 7)
    fail ("the child did not exit with 7");
  pattern_check (area, 0, AREA_WORDS, PARENT_SEED, "parent");
  msg ("parent: all %d kB still hold its data", AREA_KB);
}
