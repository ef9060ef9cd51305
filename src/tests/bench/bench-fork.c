/* A workload of `make bench': "bench-fork KB PAGES" writes every page
   of a KB-kilobyte array, forks, and has the child write PAGES pages of
   the array again, spread evenly over it.  The child checks that it
   sees its own writes and the parent's data everywhere else, lets the
   -vmtrace record the frames it holds (probe_trace()), and exits; the
   parent waits for it and checks that its own copy is untouched.

   With a copy-on-write fork the child's writes copy PAGES frames and
   nothing else is copied; with the kernel option -nocow the fork
   itself copies every page the parent has in memory. */

#include <stdint.h>
#include <stdlib.h>
#include "tests/bench/probe.h"
#include "tests/lib.h"

const char *test_name = "bench-fork";

#define MAX_KB 4096
#define PAGE_WORDS (4096 / sizeof (uint32_t))

/* Page-aligned, so that writing one page of the array writes one page
   of memory, not the ends of two. */
static uint32_t words[MAX_KB * 1024 / sizeof (uint32_t)]
  __attribute__ ((aligned (4096)));

/* What the parent writes to word I, and what the child writes over
   it in the pages it writes. */
#define PARENT_WORD(I) ((uint32_t) (I) ^ 0xa5a5f00d)
#define CHILD_WORD(I) ((uint32_t) (I) * 40503u + 1)

/* Returns true if the child writes page P of the PAGE_CNT pages of
   the array.  It writes page K * PAGE_CNT / WRITTEN (rounded down) for
   each K below WRITTEN, so P is one of them if the smallest K with
   K * PAGE_CNT >= P * WRITTEN also has K * PAGE_CNT < (P + 1) *
   WRITTEN. */
static bool
child_writes (size_t p, size_t page_cnt, size_t written)
{
  size_t k = (p * written + page_cnt - 1) / page_cnt;

  return k * page_cnt < (p + 1) * written;
}

/* Fails unless every word of the PAGE_CNT pages of the array holds
   what it should for the parent (CHILD false) or for the child that
   wrote WRITTEN of them (CHILD true). */
static void
check_words (size_t page_cnt, size_t written, bool child)
{
  size_t p, i;

  for (p = 0; p < page_cnt; p++)
    {
      bool mine = child && child_writes (p, page_cnt, written);

      for (i = p * PAGE_WORDS; i < (p + 1) * PAGE_WORDS; i++)
        {
          uint32_t want = mine ? CHILD_WORD (i) : PARENT_WORD (i);

          if (words[i] != want)
            fail ("%s: word %zu is %08x, expected %08x",
                  child ? "child" : "parent", i, (unsigned) words[i],
                  (unsigned) want);
        }
    }
}

int
main (int argc, char *argv[])
{
  size_t page_cnt, written, p, i;
  pid_t pid;

  if (argc != 3)
    fail ("usage: bench-fork KB PAGES");
  page_cnt = atoi (argv[1]) / 4;
  written = atoi (argv[2]);
  if (page_cnt < 1 || page_cnt > MAX_KB / 4)
    fail ("between 4 and %d kB", MAX_KB);
  if (written > page_cnt)
    fail ("the child cannot write more pages than there are");

  for (i = 0; i < page_cnt * PAGE_WORDS; i++)
    words[i] = PARENT_WORD (i);

  pid = fork ();
  if (pid == PID_ERROR)
    fail ("fork");
  if (pid == 0)
    {
      for (p = 0; p < page_cnt; p++)
        if (child_writes (p, page_cnt, written))
          for (i = p * PAGE_WORDS; i < (p + 1) * PAGE_WORDS; i++)
            words[i] = CHILD_WORD (i);
      check_words (page_cnt, written, true);
      probe_trace ();
      return 0;
    }

  if (wait (pid) != 0)
    fail ("the child failed");
  check_words (page_cnt, written, false);
  return 0;
}
