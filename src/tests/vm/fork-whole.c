/* A forked child writes all of its address space -- a stack buffer,
   initialized data, bss and heap -- while its parent checks its own
   copy of each.  The child must first see every word its parent wrote
   before the fork; afterwards each must see only its own pattern,
   the parent both while the child is still writing and after it has
   gone. */

#include <stdio.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define DATA_WORDS (4 * PAGE_WORDS)
#define BSS_WORDS (16 * PAGE_WORDS)
#define HEAP_WORDS (16 * PAGE_WORDS)
#define STACK_WORDS (4 * PAGE_WORDS)

/* Initialized, so in the data segment, not the bss. */
static uint32_t data_area[DATA_WORDS] = { 1 };
static uint32_t bss_area[BSS_WORDS];

/* One of the areas, and the pattern seed it holds in the parent; the
   child's seed is that plus CHILD_SEEDS. */
struct area
  {
    const char *name;
    uint32_t *words;
    size_t cnt;
    uint32_t seed;
  };

#define AREA_CNT 4
#define CHILD_SEEDS 100

/* Fills each of the AREAS with its seed plus DELTA. */
static void
fill_areas (struct area *areas, uint32_t delta)
{
  int i;

  for (i = 0; i < AREA_CNT; i++)
    pattern_fill (areas[i].words, 0, areas[i].cnt, areas[i].seed + delta);
}

/* Fails unless each of the AREAS holds its seed plus DELTA; WHO says
   whose view is checked. */
static void
check_areas (const struct area *areas, uint32_t delta, const char *who)
{
  char what[64];
  int i;

  for (i = 0; i < AREA_CNT; i++)
    {
      snprintf (what, sizeof what, "%s: %s", who, areas[i].name);
      pattern_check (areas[i].words, 0, areas[i].cnt, areas[i].seed + delta,
                     what);
    }
}

void
test_main (void)
{
  uint32_t stack_area[STACK_WORDS];
  struct area areas[AREA_CNT] =
    {
      {"stack", stack_area, STACK_WORDS, 11},
      {"data", data_area, DATA_WORDS, 12},
      {"bss", bss_area, BSS_WORDS, 13},
      {"heap", NULL, HEAP_WORDS, 14},
    };
  pid_t pid;

  CHECK ((areas[3].words = sbrk (HEAP_WORDS * sizeof (uint32_t)))
         != (void *) -1, "grow the heap by %d pages",
         HEAP_WORDS / (int) PAGE_WORDS);
  fill_areas (areas, 0);
  msg ("fill stack, data, bss and heap; fork");
  pid = fork ();
  if (pid == 0)
    {
      check_areas (areas, 0, "child before writing");
      msg ("child: every area holds what the parent wrote");
      fill_areas (areas, CHILD_SEEDS);
      check_areas (areas, CHILD_SEEDS, "child after writing");
      msg ("child: every area holds what the child wrote");
      exit (42);
    }
  if (pid == PID_ERROR)
    fail ("fork");

  /* Silent until the child is gone, so that the output has one
     order. */
  check_areas (areas, 0, "parent while the child runs");
  if (wait (pid) != 42)
    fail ("the child did not exit with 42");
  check_areas (areas, 0, "parent after the child");
  msg ("parent: every area still holds what the parent wrote");
}
