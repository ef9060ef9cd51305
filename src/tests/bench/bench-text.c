/* A workload of `make bench': "bench-text N" runs N instances of
   child-text at once.  Once every one has read its table and said so
   (file "readyI"), and so all N are alive with their text in memory,
   it lets the -vmtrace record the frames in use (probe_trace()), then
   creates "go" to let them finish, waits for each, and removes the
   files it and they made. */

#include <stdio.h>
#include <stdlib.h>
#include "tests/bench/probe.h"
#include "tests/lib.h"

const char *test_name = "bench-text";

#define MAX_CHILDREN 16

/* Polls for a child's "readyI" file at most this often before giving
   up on it: far more than a child needs, but a bound, so that a child
   the kernel killed before it could say it was ready ends the run
   with a failure instead of leaving it to the time limit. */
#define MAX_POLLS 100000

/* Returns true if a file called NAME exists. */
static bool
file_exists (const char *name)
{
  int fd = open (name);

  if (fd < 0)
    return false;
  close (fd);
  return true;
}

int
main (int argc, char *argv[])
{
  pid_t pids[MAX_CHILDREN];
  char name[16];
  int n, i;

  if (argc != 2 || (n = atoi (argv[1])) < 1 || n > MAX_CHILDREN)
    fail ("usage: bench-text N, with N from 1 to %d", MAX_CHILDREN);
  for (i = 0; i < n; i++)
    {
      snprintf (name, sizeof name, "child-text %d", i);
      if ((pids[i] = exec (name)) == PID_ERROR)
        fail ("exec \"%s\"", name);
    }

  for (i = 0; i < n; i++)
    {
      int polls = 0;

      snprintf (name, sizeof name, "ready%d", i);
      while (!file_exists (name))
        if (++polls == MAX_POLLS)
          fail ("child %d never created \"%s\"", i, name);
    }
  probe_trace ();

  if (!create ("go", 0))
    fail ("create \"go\"");
  for (i = 0; i < n; i++)
    if (wait (pids[i]) != 0)
      fail ("child %d failed", i);
  for (i = 0; i < n; i++)
    {
      snprintf (name, sizeof name, "ready%d", i);
      remove (name);
    }
  remove ("go");
  return 0;
}
