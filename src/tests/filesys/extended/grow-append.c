/* Many small appends, each through a fresh open: the program finds
   the end with filesize(), seeks there and writes one short line, as
   a log writer would.  The file must end up holding every line once,
   in order. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define LINES 600               /* Appends. */
#define LINE_LEN 6              /* "%05d\n" */

static char expected[LINES * LINE_LEN + 1];

void
test_main (void)
{
  int i;

  CHECK (create ("log", 0), "create \"log\"");
  msg ("append %d lines", LINES);
  for (i = 0; i < LINES; i++)
    {
      char line[LINE_LEN + 1];
      int fd = open ("log");
      int size;

      if (fd < 2)
        fail ("open \"log\" for append %d failed", i);
      size = filesize (fd);
      if (size != i * LINE_LEN)
        fail ("before append %d the size is %d, expected %d",
              i, size, i * LINE_LEN);
      snprintf (line, sizeof line, "%05d\n", i);
      seek (fd, size);
      if (write (fd, line, LINE_LEN) != LINE_LEN)
        fail ("append %d failed", i);
      close (fd);
      memcpy (expected + i * LINE_LEN, line, LINE_LEN);
    }
  check_file ("log", expected, LINES * LINE_LEN);
}
