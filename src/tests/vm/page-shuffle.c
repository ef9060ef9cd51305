/* Random touches over an array twice the memory user programs get
   (about 1.4 MB of the machine's 4 MB), so that most touches fault.
   The array starts out as a known pattern; a stream of random updates
   adds a value to a randomly chosen word each; the same stream,
   replayed from its seed, then subtracts each value again.  Afterwards
   every word must be back to the pattern: an update that was lost
   because a dirty page was dropped, or landed in the wrong page,
   leaves a word that is off. */

#include <random.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define SIZE_MB 3
#define WORDS (SIZE_MB * 1024 * 1024 / sizeof (uint32_t))
#define UPDATES 1500
#define SEED 0x5eed

static uint32_t words[WORDS];

/* Replays the stream of updates from its start, adding each value if
   ADD, else subtracting it. */
static void
update_pass (bool add)
{
  size_t k;

  random_init (SEED);
  for (k = 0; k < UPDATES; k++)
    {
      size_t i = random_ulong () % WORDS;
      uint32_t value = pattern_word (77, k);

      if (add)
        words[i] += value;
      else
        words[i] -= value;
    }
}

void
test_main (void)
{
  msg ("fill %d MB", SIZE_MB);
  pattern_fill (words, 0, WORDS, 31);
  msg ("update %d randomly chosen words", UPDATES);
  update_pass (true);
  msg ("undo the same updates");
  update_pass (false);
  pattern_check (words, 0, WORDS, 31, "after undoing the updates");
  msg ("every word is back as it was");
}
