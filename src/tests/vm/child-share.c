/* Child of text-share: "child-share N" reads every page of a 256 kB
   read-only table in its own executable, then, if N is below
   INSTANCES, runs "child-share N+1" and waits for it, so that all the
   instances are alive together by the time the last one reads.  It
   exits with N once the next one has exited with N + 1. */

#include <stdio.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/pattern.h"

const char *test_name = "child-share";

#define INSTANCES 8
#define TABLE_PAGES 64
#define TABLE_WORDS (TABLE_PAGES * PAGE_WORDS)

/* In the read-only segment with the code.  A few nonzero words make
   the compiler keep it there rather than in the bss; the rest of it
   is zeros in the file. */
static const uint32_t table[TABLE_WORDS] =
  {
    [0] = 7,
    [TABLE_WORDS / 2] = 11,
    [TABLE_WORDS - 1] = 13,
  };

/* Returns the sum of one word from every page of the table. */
static uint32_t
read_table (void)
{
  const volatile uint32_t *words = table;
  uint32_t sum = 0;
  size_t i;

  for (i = 0; i < TABLE_WORDS; i += PAGE_WORDS)
    sum += words[i];
  return sum + words[TABLE_WORDS - 1];
}

int
main (int argc, char *argv[])
{
  int n = argc > 1 ? atoi (argv[1]) : 0;
  char cmd[32];
  pid_t pid;

  if (n < 1 || n > INSTANCES)
    fail ("usage: child-share N, N from 1 to %d", INSTANCES);
  if (read_table () != 7 + 11 + 13)
    fail ("instance %d: the table's sum is wrong", n);
  msg ("instance %d read all %d pages of its table", n, TABLE_PAGES);
  if (n == INSTANCES)
    return n;

  snprintf (cmd, sizeof cmd, "child-share %d", n + 1);
  pid = exec (cmd);
  if (pid == PID_ERROR || wait (pid) != n + 1)
    fail ("instance %d: \"%s\" failed", n, cmd);
  return n;
}
