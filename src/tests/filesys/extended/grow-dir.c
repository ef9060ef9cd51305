/* See grow-dir.h. */

#include "tests/filesys/extended/grow-dir.h"
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"

/* Most files grow_dir() makes, plus the root's own two. */
#define MAX_FILES 100

/* Stores in PATH (of SIZE bytes) the path of NAME in DIR, or in the
   working directory if DIR is null. */
static void
path_in (char *path, size_t size, const char *dir, const char *name)
{
  if (dir != NULL)
    snprintf (path, size, "%s/%s", dir, name);
  else
    strlcpy (path, name, size);
}

void
grow_dir (const char *dir, int count)
{
  static char names[MAX_FILES + 2][16];
  static const char *name_ptrs[MAX_FILES + 2];
  int listed = 0;
  int i;

  if (count > MAX_FILES)
    fail ("grow_dir: %d files is too many", count);
  if (dir != NULL)
    CHECK (mkdir (dir), "mkdir \"%s\"", dir);

  msg ("create %d files", count);
  for (i = 0; i < count; i++)
    {
      char path[32];

      snprintf (names[i], sizeof names[i], "file%d", i);
      path_in (path, sizeof path, dir, names[i]);
      put_text (path, names[i]);
      name_ptrs[listed++] = names[i];
    }

  msg ("check their contents");
  for (i = 0; i < count; i++)
    {
      char path[32];

      path_in (path, sizeof path, dir, names[i]);
      expect_text (path, names[i]);
    }

  /* The root also holds this program and the archiver that the
     -persistence run uses. */
  if (dir == NULL)
    {
      name_ptrs[listed++] = test_name;
      name_ptrs[listed++] = "tar";
    }
  expect_entries (dir != NULL ? dir : "/", name_ptrs, listed);
}
