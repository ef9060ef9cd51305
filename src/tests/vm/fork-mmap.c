/* A forked child inherits its parent's file mapping, shared as a Unix
   shared mapping is: a write through it by either process is seen by
   the other.  A first child changes a word of page 1 and exits; the
   parent must see the change, its mapping intact after the child's
   exit.  Then the parent changes a word of page 2 while a second child
   waits to see it.  After munmap the file must hold both changes, and
   (fork-mmap.ck) each of the two dirty pages must have been written to
   the file exactly once: not once per process that mapped it. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/spin.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

#define FILE_PAGES 4
#define FILE_WORDS (FILE_PAGES * PAGE_WORDS)
#define SEED 61

/* The two changed words and their new values. */
#define CHILD_WORD (1 * PAGE_WORDS + 3)
#define CHILD_VALUE 0xc41dc41d
#define PARENT_WORD (2 * PAGE_WORDS + 5)
#define PARENT_VALUE 0x9a4e9a4e

static uint32_t file_words[FILE_WORDS];

/* Fails unless the FILE_WORDS at WORDS are the file's pattern with
   the changes made so far: the child's, and if PARENT_TOO, the
   parent's.  WHAT names the words. */
static void
check_changes (const uint32_t *words, bool parent_too, const char *what)
{
  size_t i;

  for (i = 0; i < FILE_WORDS; i++)
    {
      uint32_t expected = pattern_word (SEED, i);

      if (i == CHILD_WORD)
        expected = CHILD_VALUE;
      else if (i == PARENT_WORD && parent_too)
        expected = PARENT_VALUE;
      if (words[i] != expected)
        fail ("%s: word %zu is 0x%08x, expected 0x%08x", what, i,
              (unsigned) words[i], (unsigned) expected);
    }
}

/* Forks a child that runs BODY on MAPPING and exits with 0.  Returns
   its pid. */
static pid_t
fork_child (void (*body) (volatile uint32_t *), volatile uint32_t *mapping)
{
  pid_t pid = fork ();

  if (pid == 0)
    {
      body (mapping);
      exit (0);
    }
  if (pid == PID_ERROR)
    fail ("fork");
  return pid;
}

/* The first child: writes its word. */
static void
write_child_word (volatile uint32_t *mapping)
{
  pattern_check ((const uint32_t *) mapping, 0, FILE_WORDS, SEED,
                 "first child's mapping");
  mapping[CHILD_WORD] = CHILD_VALUE;
  msg ("first child: write a word of page 1");
}

/* The second child: waits for the parent's word. */
static void
await_parent_word (volatile uint32_t *mapping)
{
  while (mapping[PARENT_WORD] != PARENT_VALUE)
    spin ();
  msg ("second child: the parent's write to page 2 shows");
}

void
test_main (void)
{
  volatile uint32_t *mapping = MAP_ADDR;
  mapid_t map;
  pid_t pid;
  int fd;

  pattern_fill (file_words, 0, FILE_WORDS, SEED);
  fd = make_file ("shared.dat", file_words, sizeof file_words);
  map = map_or_fail (fd, MAP_ADDR, "shared.dat");
  pattern_check ((const uint32_t *) mapping, 0, FILE_WORDS, SEED,
                 "mapping");
  msg ("read all %d pages of the mapping", FILE_PAGES);

  pid = fork_child (write_child_word, mapping);
  if (wait (pid) != 0)
    fail ("the first child failed");
  check_changes ((const uint32_t *) mapping, false, "parent's mapping");
  msg ("the parent sees the first child's write");

  pid = fork_child (await_parent_word, mapping);
  mapping[PARENT_WORD] = PARENT_VALUE;
  if (wait (pid) != 0)
    fail ("the second child failed");
  munmap (map);
  msg ("munmap");

  if (read (fd, file_words, sizeof file_words) != sizeof file_words)
    fail ("read \"shared.dat\"");
  check_changes (file_words, true, "file");
  msg ("the file holds both writes");
  close (fd);
}
