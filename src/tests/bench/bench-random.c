/* A workload of `make bench': "bench-random KB TOUCHES" increments
   TOUCHES randomly chosen words of a KB-kilobyte array, then replays
   the same choices and decrements them again, checking on the way that
   no increment was lost (a word about to be decremented is never 0). */

#include <random.h>
#include <stdint.h>
#include <stdlib.h>
#include "tests/lib.h"

const char *test_name = "bench-random";

#define MAX_KB 16384
#define MAX_WORDS (MAX_KB * 1024 / sizeof (uint32_t))

static uint32_t words[MAX_WORDS];

int
main (int argc, char *argv[])
{
  size_t cnt, touches, k;

  if (argc != 3)
    fail ("usage: bench-random KB TOUCHES");
  cnt = atoi (argv[1]) * 1024 / sizeof (uint32_t);
  touches = atoi (argv[2]);
  if (cnt == 0 || cnt > MAX_WORDS)
    fail ("between 1 and %d kB", MAX_KB);

  random_init (0xbe4c);
  for (k = 0; k < touches; k++)
    words[random_ulong () % cnt]++;
  random_init (0xbe4c);
  for (k = 0; k < touches; k++)
    {
      size_t i = random_ulong () % cnt;

      if (words[i] == 0)
        fail ("touch %zu: word %zu lost its increments", k, i);
      words[i]--;
    }
  return 0;
}
