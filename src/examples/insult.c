/* insult [-s SEED] [-n COUNT]: prints COUNT (default 4) mild,
   randomly assembled put-downs.  The same SEED gives the same ones. */

#include <random.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const openers[] =
  {
    "Honestly,", "With respect,", "I have to say,", "Between us,",
    "Frankly,", "No offense, but",
  };

static const char *const subjects[] =
  {
    "your code", "your last commit", "your variable names",
    "your test plan", "your sense of indentation", "your makefile",
  };

static const char *const verbs[] =
  {
    "reads like", "has all the charm of", "could be mistaken for",
    "reminds me of", "is less useful than", "was clearly inspired by",
  };

static const char *const objects[] =
  {
    "a triple fault at boot", "a page table with no present bits",
    "a semaphore nobody ever ups", "a stack growing into its own thread",
    "an interrupt handler that sleeps", "a busy-wait in the idle thread",
  };

#define PICK(ARRAY) ((ARRAY)[random_ulong () % (sizeof (ARRAY) \
                                                / sizeof *(ARRAY))])

int
main (int argc, char *argv[])
{
  unsigned seed = 0;
  int count = 4;
  int i;

  for (i = 1; i + 1 < argc; i += 2)
    if (!strcmp (argv[i], "-s"))
      seed = atoi (argv[i + 1]);
    else if (!strcmp (argv[i], "-n"))
      count = atoi (argv[i + 1]);

  random_init (seed);
  for (i = 0; i < count; i++)
    printf ("%s %s %s %s.\n", PICK (openers), PICK (subjects), PICK (verbs),
            PICK (objects));
  return 0;
}
