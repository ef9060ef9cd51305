/* write() from read-only memory: from the program's read-only data to
   the console, and from its code to a file.  The kernel may only read
   such a buffer; one that checks a buffer by storing into it faults on
   these pages and kills the process. */

#include <stdio.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"

/* Bytes of code written to the file: this function's and beyond. */
#define CODE_SIZE 300

static const char line[] = "(write-ro-mem) a line written straight "
                           "from read-only data\n";

void
test_main (void)
{
  const void *code = (const void *) test_main;
  unsigned char before[CODE_SIZE], back[CODE_SIZE];
  int fd;

  memcpy (before, code, CODE_SIZE);
  if (write (STDOUT_FILENO, line, sizeof line - 1) != sizeof line - 1)
    fail ("write from read-only data to the console");

  CHECK (create ("code.bin", CODE_SIZE), "create \"code.bin\"");
  CHECK ((fd = open ("code.bin")) > 1, "open \"code.bin\"");
  CHECK (write (fd, code, CODE_SIZE) == CODE_SIZE,
         "write %d bytes of code to it", CODE_SIZE);
  seek (fd, 0);
  CHECK (read (fd, back, CODE_SIZE) == CODE_SIZE, "read them back");
  CHECK (!memcmp (back, before, CODE_SIZE), "they are the code's bytes");
  CHECK (!memcmp (code, before, CODE_SIZE), "the code is unchanged");
  close (fd);
}
