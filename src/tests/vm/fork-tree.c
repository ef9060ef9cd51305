/* Sixteen forked children alive at once, each of which forks a child
   of its own.  The parent fills a page with its pattern and forks the
   sixteen; each waits until the parent has forked them all (the file
   "go" appears), checks that it sees the parent's page, fills the page
   with its own pattern and forks a grandchild, which must see that
   pattern, write its own and exit with 100 plus its parent's number.
   Every process checks its own copy of the page after the writes of
   the others, and the statuses must come back to the right parents:
   child I exits with I once its grandchild exited with 100 + I. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/spin.h"
#include "tests/vm/pattern.h"

#define CHILD_CNT 16

/* The page every process writes its own pattern into. */
static uint32_t page[PAGE_WORDS];

/* Pattern seeds: the parent's, child I's, and child I's child's. */
#define PARENT_SEED 1
#define CHILD_SEED(I) (10 + (I))
#define GRANDCHILD_SEED(I) (50 + (I))

/* Runs as the child of child NUMBER: exits with 100 + NUMBER. */
static void NO_RETURN
run_grandchild (int number)
{
  pattern_check (page, 0, PAGE_WORDS, CHILD_SEED (number),
                 "grandchild before writing");
  pattern_fill (page, 0, PAGE_WORDS, GRANDCHILD_SEED (number));
  pattern_check (page, 0, PAGE_WORDS, GRANDCHILD_SEED (number),
                 "grandchild after writing");
  exit (100 + number);
}

/* Waits for "go" from the parent. */
static void
wait_for_go (void)
{
  int fd;

  while ((fd = open ("go")) < 0)
    spin ();
  close (fd);
}

/* Runs as child NUMBER: exits with NUMBER. */
static void NO_RETURN
run_child (int number)
{
  pid_t pid;

  wait_for_go ();
  pattern_check (page, 0, PAGE_WORDS, PARENT_SEED, "child before writing");
  pattern_fill (page, 0, PAGE_WORDS, CHILD_SEED (number));
  pid = fork ();
  if (pid == 0)
    run_grandchild (number);
  if (pid == PID_ERROR)
    fail ("child %d: fork", number);
  if (wait (pid) != 100 + number)
    fail ("child %d: its child did not exit with %d", number, 100 + number);
  pattern_check (page, 0, PAGE_WORDS, CHILD_SEED (number),
                 "child after its child");
  exit (number);
}

void
test_main (void)
{
  pid_t pids[CHILD_CNT];
  int i;

  pattern_fill (page, 0, PAGE_WORDS, PARENT_SEED);
  msg ("fork %d children; each forks one more", CHILD_CNT);
  for (i = 0; i < CHILD_CNT; i++)
    {
      pids[i] = fork ();
      if (pids[i] == 0)
        run_child (i);
      if (pids[i] == PID_ERROR)
        fail ("fork child %d", i);
    }
  CHECK (create ("go", 0), "let them go");
  for (i = 0; i < CHILD_CNT; i++)
    CHECK (wait (pids[i]) == i, "child %d exits with %d", i, i);
  pattern_check (page, 0, PAGE_WORDS, PARENT_SEED, "parent after all");
  msg ("the parent's page holds its own pattern");
}
