/* Pages that went to swap before a fork() stay shared after it: the
   first of parent and child to read one back brings it into a frame
   that the other then finds, instead of reading the slot again.
   With a user pool of 128 pages (Make.tests) the parent fills 1 MB,
   which pushes its first pages out to swap, and forks.  The child
   reads the first 16 pages back and, still alive, says so by creating
   "ready"; the parent then reads the same 16 pages and lets the child
   finish by creating "go".

   Run as fork-swap-in, the child only reads, and the parent's reads
   must cost no second swap read each (the check counts).  Run as
   fork-swap-cow, the child rewrites the 16 pages after reading them,
   while the frames it read them into may still be the ones the
   parent would find for those slots: the parent must see its own
   data, not the child's. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define AREA_KB 1024
#define AREA_WORDS (AREA_KB * 1024 / sizeof (uint32_t))
#define SHARED_PAGES 16
#define SHARED_WORDS (SHARED_PAGES * 4096 / sizeof (uint32_t))
#define SEED 0x5a5
#define CHILD_SEED 0xa5a

static uint32_t area[AREA_WORDS];

/* Spins until a file named NAME exists. */
static void
await_file (const char *name)
{
  int fd;

  while ((fd = open (name)) < 0)
    continue;
  close (fd);
}

void
test_main (void)
{
  bool child_writes = !strcmp (test_name, "fork-swap-cow");
  pid_t pid;

  pattern_fill (area, 0, AREA_WORDS, SEED);
  msg ("fill %d kB; fork", AREA_KB);
  pid = fork ();
  if (pid == 0)
    {
      pattern_check (area, 0, SHARED_WORDS, SEED, "child");
      if (child_writes)
        {
          pattern_fill (area, 0, SHARED_WORDS, CHILD_SEED);
          pattern_check (area, 0, SHARED_WORDS, CHILD_SEED,
                         "child's rewrite");
        }
      if (!create ("ready", 0))
        fail ("create \"ready\"");
      await_file ("go");
      exit (5);
    }
  if (pid == PID_ERROR)
    fail ("fork");
  await_file ("ready");
  pattern_check (area, 0, SHARED_WORDS, SEED, "parent");
  if (child_writes)
    msg ("the child rewrote the first %d pages; the parent's are its own",
         SHARED_PAGES);
  else
    msg ("both read the first %d pages", SHARED_PAGES);
  if (!create ("go", 0))
    fail ("create \"go\"");
  if (wait (pid) != 5)
    fail ("the child did not exit with 5");
  msg ("the child exited with 5");
}
