/* Several processes create, remove and make directories in one
   directory at the same time; afterwards it must hold exactly what
   they left: no lost entry, no duplicate, no entry that was removed,
   and one winner of the race for a single name. */

#include <stdio.h>
#include <syscall.h>
#include "tests/filesys/extended/dir-syn.h"
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

#define KEPT (DIR_SYN_FILES / 2 + 1)    /* Entries each child leaves. */

void
test_main (void)
{
  static char names[DIR_SYN_CHILDREN * KEPT + 1][16];
  static const char *name_ptrs[DIR_SYN_CHILDREN * KEPT + 1];
  pid_t children[DIR_SYN_CHILDREN];
  const char *race_entries[1] = {"won"};
  int cnt = 0;
  int child, n;

  CHECK (mkdir (DIR_SYN_DIR), "mkdir \"%s\"", DIR_SYN_DIR);
  exec_children ("child-dir-syn", children, DIR_SYN_CHILDREN);
  wait_children (children, DIR_SYN_CHILDREN);

  for (child = 0; child < DIR_SYN_CHILDREN; child++)
    {
      for (n = 0; n < DIR_SYN_FILES; n += 2)
        {
          char path[32];

          snprintf (names[cnt], sizeof names[cnt], "c%d-%d", child, n);
          snprintf (path, sizeof path, "%s/%s", DIR_SYN_DIR, names[cnt]);
          expect_text (path, names[cnt]);
          name_ptrs[cnt] = names[cnt];
          cnt++;
        }
      snprintf (names[cnt], sizeof names[cnt], "d%d", child);
      name_ptrs[cnt] = names[cnt];
      cnt++;
    }
  name_ptrs[cnt++] = "race";
  expect_entries (DIR_SYN_DIR, name_ptrs, cnt);
  expect_entries (DIR_SYN_DIR "/race", race_entries, 1);
}
