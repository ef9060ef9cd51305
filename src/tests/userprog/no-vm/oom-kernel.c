/* Runs the kernel pool dry, several times over, and checks that the
   kernel survives it and recovers all of it each time.

   oom-recurse exhausts the user pool: its processes take more user
   pages than kernel pages.  Here the chains are of child-tiny, a
   program of one page, whose processes cost more kernel memory than
   user memory, so what runs out is the kernel's own pool, from which
   come threads, page directories, page tables, exit records, open
   files and inodes, and the file system's buffers.  Exec must fail
   cleanly wherever in the kernel the allocation fails, and the tip of
   each chain makes file system calls with the pool all but empty.

   First one chain runs alone; then pairs of chains run at once, so
   that each tip's calls find the pool emptied by the other chain as
   well; last one chain runs alone again and must reach the depth the
   first one reached, or some memory was not given back. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

/* Starts a chain whose links open OPENS files each, and returns the
   pid of its first link. */
static pid_t
start_chain (int opens)
{
  char cmd_line[32];
  pid_t pid;

  snprintf (cmd_line, sizeof cmd_line, "child-tiny 1 %d", opens);
  pid = exec (cmd_line);
  if (pid == PID_ERROR)
    fail ("exec \"%s\" failed", cmd_line);
  return pid;
}

/* Waits for the chain that starts with PID and returns the depth it
   reached. */
static int
chain_depth (pid_t pid)
{
  int depth = wait (pid);

  if (depth < 1)
    fail ("a chain ended with status %d", depth);
  return depth;
}

void
test_main (void)
{
  static const int opens[] = {0, 3, 40};
  int first;
  size_t i;

  first = chain_depth (start_chain (0));
  msg ("one chain, 0 files per link");
  for (i = 0; i < sizeof opens / sizeof *opens; i++)
    {
      pid_t a = start_chain (opens[i]);
      pid_t b = start_chain (opens[i]);

      chain_depth (a);
      chain_depth (b);
      msg ("two chains at once, %d files per link", opens[i]);
    }
  if (chain_depth (start_chain (0)) != first)
    fail ("one chain again: a depth other than the first time's");
  msg ("one chain again: the same depth");
}
