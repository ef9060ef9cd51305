/* fork() when memory and swap cannot hold two copies.  Run with 1 MB
   of swap (Make.tests), the parent fills 1.5 MB, which fits in memory
   and swap together, and forks a child that rewrites all of it, which
   cannot fit: the kernel must either refuse the fork (-1) or, when the
   child runs out of swap, kill the child and only the child.  The
   parent's data must be intact afterwards, all the child held must be
   free again (fork and the leak line at power-off show it), and the
   parent forks a small child that exits normally. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define AREA_KB 1536
#define AREA_WORDS (AREA_KB * 1024 / sizeof (uint32_t))

#define PARENT_SEED 81
#define CHILD_SEED 82

static uint32_t area[AREA_WORDS];

/* Forks a child that runs BODY, and returns its exit status, or -1
   if the fork fails. */
static int
run_forked (void (*body) (void))
{
  pid_t pid = fork ();

  if (pid == 0)
    {
      body ();
      exit (0);
    }
  return pid == PID_ERROR ? -1 : wait (pid);
}

/* The big child: must not live to the end of this. */
static void
rewrite_all (void)
{
  pattern_fill (area, 0, AREA_WORDS, CHILD_SEED);
  pattern_check (area, 0, AREA_WORDS, CHILD_SEED, "big child");
  fail ("a child rewrote %d kB, more than memory and swap hold", AREA_KB);
}

/* The small child. */
static void
exit_small (void)
{
  area[0] = 1;
  exit (5);
}

void
test_main (void)
{
  int status;

  pattern_fill (area, 0, AREA_WORDS, PARENT_SEED);
  msg ("fill %d kB", AREA_KB);
  status = run_forked (rewrite_all);
  CHECK (status == -1,
         "a child that rewrites it all is killed or never made");
  pattern_check (area, 0, AREA_WORDS, PARENT_SEED, "parent");
  msg ("the parent's %d kB are intact", AREA_KB);
  status = run_forked (exit_small);
  CHECK (status == 5, "a small child exits with 5");
}
