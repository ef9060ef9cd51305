/* Creates and removes many files and directories in one directory,
   in rounds: each round fills "churn" with a hundred entries, half of
   them directories holding a file, checks them through readdir(), and
   removes them all again.  Every round must see the same empty
   directory at its end, and the last leaves a few entries behind for
   the -persistence check. */

#include <stdio.h>
#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

#define ROUNDS 3
#define ENTRIES 100             /* Per round; even ones are directories. */
#define KEPT 3                  /* Entries the last round leaves. */

static char names[ENTRIES][16];
static const char *name_ptrs[ENTRIES];

/* Stores in PATH, of SIZE bytes, the path of entry I's file: the entry
   itself, or "f" inside it if it is a directory. */
static void
file_path (char *path, size_t size, int i)
{
  if (i % 2 == 0)
    snprintf (path, size, "churn/%s/f", names[i]);
  else
    snprintf (path, size, "churn/%s", names[i]);
}

/* Makes entry I of round ROUND. */
static void
make_entry (int round, int i)
{
  char path[48];

  snprintf (names[i], sizeof names[i], "r%d-%d", round, i);
  name_ptrs[i] = names[i];
  if (i % 2 == 0)
    {
      snprintf (path, sizeof path, "churn/%s", names[i]);
      if (!mkdir (path))
        fail ("mkdir \"%s\" failed", path);
    }
  file_path (path, sizeof path, i);
  put_text (path, names[i]);
}

/* Removes entry I, and for a directory the file in it first. */
static void
remove_entry (int i)
{
  char path[48];

  file_path (path, sizeof path, i);
  if (!remove (path))
    fail ("remove \"%s\" failed", path);
  if (i % 2 == 0)
    {
      snprintf (path, sizeof path, "churn/%s", names[i]);
      if (!remove (path))
        fail ("remove \"%s\" failed", path);
    }
}

void
test_main (void)
{
  int round, i;

  CHECK (mkdir ("churn"), "mkdir \"churn\"");
  for (round = 0; round < ROUNDS; round++)
    {
      int keep = round == ROUNDS - 1 ? KEPT : 0;

      msg ("round %d: make %d entries", round, ENTRIES);
      for (i = 0; i < ENTRIES; i++)
        make_entry (round, i);
      expect_entries ("churn", name_ptrs, ENTRIES);
      for (i = 0; i < ENTRIES; i++)
        {
          char path[48];

          file_path (path, sizeof path, i);
          expect_text (path, names[i]);
        }
      msg ("round %d: remove all but %d", round, keep);
      for (i = keep; i < ENTRIES; i++)
        remove_entry (i);
      expect_entries ("churn", name_ptrs, keep);
    }
}
