/* Child of several tests: "child-linear ID KB [ROUNDS]" fills KB
   kilobytes of memory with a pattern of its own (seeded by ID, so that
   pages of different children never look alike), checks it, refills
   it with another pattern and checks it again, ROUNDS times over
   (default once), and exits with status ID.  It prints nothing unless
   something is wrong. */

#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/pattern.h"

const char *test_name = "child-linear";

/* The most it will fill. */
#define MAX_KB 4096
#define MAX_WORDS (MAX_KB * 1024 / sizeof (uint32_t))

static uint32_t words[MAX_WORDS];

int
main (int argc, char *argv[])
{
  int id, rounds, round;
  size_t cnt;

  if (argc != 3 && argc != 4)
    fail ("usage: child-linear ID KB [ROUNDS]");
  id = atoi (argv[1]);
  cnt = atoi (argv[2]) * 1024 / sizeof (uint32_t);
  rounds = argc == 4 ? atoi (argv[3]) : 1;
  if (cnt > MAX_WORDS)
    fail ("at most %d kB", MAX_KB);

  for (round = 0; round < rounds; round++)
    {
      uint32_t seed = id * 1000 + round * 2;

      pattern_fill (words, 0, cnt, seed);
      pattern_check (words, 0, cnt, seed, "first fill");
      pattern_fill (words, 0, cnt, seed + 1);
      pattern_check (words, 0, cnt, seed + 1, "second fill");
    }
  return id;
}
