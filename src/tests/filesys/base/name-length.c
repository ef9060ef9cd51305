/* File names may have up to 14 characters: a 14-character name can be
   created, opened and removed; a 15-character or empty name can be
   neither created nor opened, and a name cannot be created twice. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  const char *longest = "abcdefghijklmn";
  const char *too_long = "abcdefghijklmno";
  int fd;

  CHECK (create (longest, 10), "create \"%s\" (14 characters)", longest);
  CHECK ((fd = open (longest)) > 1, "open \"%s\"", longest);
  msg ("close \"%s\"", longest);
  close (fd);
  CHECK (!create (longest, 10), "create \"%s\" again fails", longest);

  CHECK (!create (too_long, 10), "create \"%s\" (15 characters) fails",
         too_long);
  CHECK (open (too_long) == -1, "open \"%s\" fails", too_long);
  CHECK (!remove (too_long), "remove \"%s\" fails", too_long);

  CHECK (!create ("", 10), "create \"\" fails");
  CHECK (open ("") == -1, "open \"\" fails");

  CHECK (remove (longest), "remove \"%s\"", longest);
  CHECK (open (longest) == -1, "open \"%s\" after removal fails", longest);
}
