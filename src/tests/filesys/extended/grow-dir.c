/* See grow-dir.h. */

#include "tests/filesys/extended/grow-dir.h"
#include <stdio.h>
#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"

/* Most files grow_dir() makes, plus the root's own two. */
#define MAX_FILES 100

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
      snprintf (path, sizeof path, "%s%s%s",
                dir != NULL ? dir : "", dir != NULL ? "/" : "", names[i]);
      put_text (path, names[i]);
      name_ptrs[listed++] = names[i];
    }

  msg ("check their contents");
  for (i = 0; i < count; i++)
    {
      char path[32];

      snprintf (path, sizeof path, "%s%s%s",
                dir != NULL ? dir : "", dir != NULL ? "/" : "", names[i]);
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
