/* See mk-tree.h.  The tree is walked by building paths, not by chdir,
   so every call here exercises the kernel's lookup of a multi-level
   path from the root. */

#include "tests/filesys/extended/mk-tree.h"
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"

/* What visit() does at each node. */
enum tree_action
  {
    MAKE,                       /* Create directories and files. */
    VERIFY,                     /* Read the files back. */
    REMOVE                      /* Remove everything, leaves first. */
  };

/* Does ACTION for directory PATH, at LEVEL (1 for children of the
   root), and everything below it. */
static void
visit (char *path, int level, enum tree_action action)
{
  size_t len = strlen (path);
  int i;

  if (action == MAKE && !mkdir (path))
    fail ("mkdir \"%s\" failed", path);

  if (level == TREE_DEPTH)
    {
      char file[64];

      snprintf (file, sizeof file, "%s/f", path);
      if (action == MAKE)
        put_text (file, path);
      else if (action == VERIFY)
        expect_text (file, path);
      else if (!remove (file))
        fail ("remove \"%s\" failed", file);
    }
  else
    for (i = 0; i < TREE_FANOUT; i++)
      {
        snprintf (path + len, 8, "/%d", i);
        visit (path, level + 1, action);
        path[len] = '\0';
      }

  if (action == REMOVE && !remove (path))
    fail ("remove \"%s\" failed", path);
}

/* Does ACTION for the whole tree. */
static void
visit_all (enum tree_action action)
{
  char path[64];
  int i;

  for (i = 0; i < TREE_FANOUT; i++)
    {
      snprintf (path, sizeof path, "/%d", i);
      visit (path, 1, action);
    }
}

void
make_tree (void)
{
  msg ("make a tree %d levels deep, %d wide", TREE_DEPTH, TREE_FANOUT);
  visit_all (MAKE);
  msg ("read every file back");
  visit_all (VERIFY);
}

void
remove_tree (void)
{
  msg ("remove the tree");
  visit_all (REMOVE);
}
