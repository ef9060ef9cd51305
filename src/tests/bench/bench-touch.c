/* A workload of `make bench': "bench-touch KB PASSES" adds to every
   word of a KB-kilobyte array, front to back, PASSES times.  Each pass
   also checks what the one before left, so a lost page fails the run
   instead of making it look fast. */

#include <stdint.h>
#include <stdlib.h>
#include "tests/lib.h"

const char *test_name = "bench-touch";

#define MAX_KB 8192
#define MAX_WORDS (MAX_KB * 1024 / sizeof (uint32_t))

static uint32_t words[MAX_WORDS];

int
main (int argc, char *argv[])
{
  size_t cnt, i;
  uint32_t pass, passes;

  if (argc != 3)
    fail ("usage: bench-touch KB PASSES");
  cnt = atoi (argv[1]) * 1024 / sizeof (uint32_t);
  passes = atoi (argv[2]);
  if (cnt > MAX_WORDS)
    fail ("at most %d kB", MAX_KB);

  /* Pass P adds I + P to word I, so before it word I holds the sum of
     I + Q over the passes Q before P. */
  for (pass = 0; pass < passes; pass++)
    for (i = 0; i < cnt; i++)
      {
        uint32_t before = pass * i + pass * (pass - 1) / 2;

        if (pass > 0 && words[i] != before)
          fail ("pass %u: word %zu is %u, expected %u", (unsigned) pass, i,
                (unsigned) words[i], (unsigned) before);
        words[i] += i + pass;
      }
  return 0;
}
