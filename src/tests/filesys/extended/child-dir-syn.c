/* Child of dir-syn: does its share of the work in the shared
   directory (see dir-syn.h) and exits with its number. */

#include <stdio.h>
#include <stdlib.h>
#include <syscall.h>
#include "tests/filesys/extended/dir-syn.h"
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"

const char *test_name = "child-dir-syn";

int
main (int argc, char *argv[])
{
  char path[32];
  int id, n;

  quiet = true;
  CHECK (argc == 2, "argc is 2");
  id = atoi (argv[1]);

  for (n = 0; n < DIR_SYN_FILES; n++)
    {
      char name[16];

      snprintf (name, sizeof name, "c%d-%d", id, n);
      snprintf (path, sizeof path, "%s/%s", DIR_SYN_DIR, name);
      put_text (path, name);
    }

  /* Losing the race is no error; winning twice would be. */
  if (mkdir (DIR_SYN_DIR "/race"))
    put_text (DIR_SYN_DIR "/race/won", "won");

  for (n = 1; n < DIR_SYN_FILES; n += 2)
    {
      snprintf (path, sizeof path, "%s/c%d-%d", DIR_SYN_DIR, id, n);
      if (!remove (path))
        fail ("remove \"%s\" failed", path);
    }
  snprintf (path, sizeof path, "%s/d%d", DIR_SYN_DIR, id);
  if (!mkdir (path))
    fail ("mkdir \"%s\" failed", path);
  return id;
}
