/* Child of several tests: "child-linear ID KB [ROUNDS [PEERS]]" fills
   KB kilobytes of memory with a pattern of its own (seeded by ID, so
   that pages of different children never look alike), checks it,
   refills it with another pattern and checks it again, ROUNDS times
   over (default once), and exits with status ID.  It prints nothing
   unless something is wrong.

   Given PEERS, the number of children started together with IDs 0 to
   PEERS - 1, it meets them after its first fill: it creates the file
   filled-ID and waits until all PEERS such files exist, so that all
   the children's memory is in use at once before any of them checks
   its own. */

#include <stdio.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/userprog/spin.h"
#include "tests/vm/pattern.h"

const char *test_name = "child-linear";

/* The most it will fill. */
#define MAX_KB 4096
#define MAX_WORDS (MAX_KB * 1024 / sizeof (uint32_t))

static uint32_t words[MAX_WORDS];

/* Announces that child ID has filled its memory, and returns once
   children 0 to PEERS - 1 all have. */
static void
meet_peers (int id, int peers)
{
  char name[16];
  int peer;

  snprintf (name, sizeof name, "filled-%d", id);
  if (!create (name, 0))
    fail ("create \"%s\"", name);
  for (peer = 0; peer < peers; peer++)
    {
      int fd;

      snprintf (name, sizeof name, "filled-%d", peer);
      while ((fd = open (name)) < 0)
        spin ();
      close (fd);
    }
}

int
main (int argc, char *argv[])
{
  int id, rounds, peers, round;
  size_t cnt;

  if (argc < 3 || argc > 5)
    fail ("usage: child-linear ID KB [ROUNDS [PEERS]]");
  id = atoi (argv[1]);
  cnt = atoi (argv[2]) * 1024 / sizeof (uint32_t);
  rounds = argc >= 4 ? atoi (argv[3]) : 1;
  peers = argc == 5 ? atoi (argv[4]) : 0;
  if (cnt > MAX_WORDS)
    fail ("at most %d kB", MAX_KB);

  for (round = 0; round < rounds; round++)
    {
      uint32_t seed = id * 1000 + round * 2;

      pattern_fill (words, 0, cnt, seed);
      if (round == 0 && peers > 0)
        meet_peers (id, peers);
      pattern_check (words, 0, cnt, seed, "first fill");
      pattern_fill (words, 0, cnt, seed + 1);
      pattern_check (words, 0, cnt, seed + 1, "second fill");
    }
  return id;
}
