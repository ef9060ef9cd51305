/* fork() works in a process that was itself forked: a chain of LEVELS
   generations, each the child of the one before.  Each generation
   leaves a mark in a data array before it forks; a child must see the
   marks of all its ancestors, and a parent must not see the mark its
   child left.  Each generation exits with one more than its child's
   status, so the first child's status counts the chain. */

#include "tests/lib.h"
#include "tests/main.h"

#define LEVELS 8

/* marks[L] is set by generation L only (0 is the test itself). */
static int marks[LEVELS + 1];

/* The mark of generation LEVEL. */
static int
mark_of (int level)
{
  return 100 + level;
}

/* Runs generation LEVEL of the chain, which must see its ancestors'
   marks and nothing of its own yet, and returns the status its child
   exited with (LEVEL being below LEVELS), or 0 for the last. */
static int
run_level (int level)
{
  int i, status;
  pid_t pid;

  for (i = 0; i <= LEVELS; i++)
    if (marks[i] != (i < level ? mark_of (i) : 0))
      fail ("level %d finds %d as the mark of level %d", level, marks[i], i);
  marks[level] = mark_of (level);
  if (level == LEVELS)
    return 0;

  msg ("level %d forks level %d", level, level + 1);
  pid = fork ();
  if (pid == 0)
    {
      status = run_level (level + 1);
      msg ("level %d exits with %d", level + 1, status + 1);
      exit (status + 1);
    }
  if (pid == PID_ERROR)
    fail ("level %d: fork", level);
  status = wait (pid);
  if (marks[level + 1] != 0)
    fail ("level %d sees its child's mark", level);
  return status;
}

void
test_main (void)
{
  int count = run_level (0);

  CHECK (count == LEVELS, "the first child counted %d levels", LEVELS);
}
