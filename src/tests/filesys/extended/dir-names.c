/* The edges of path syntax: names of exactly 14 characters work and
   15 do not, anywhere in a path; "." and ".." mean this directory and
   its parent (the root being its own parent) and cannot be made or
   removed; trailing and repeated slashes are harmless for
   directories. */

#include <syscall.h>
#include "tests/filesys/extended/tree.h"
#include "tests/lib.h"
#include "tests/main.h"

#define NAME14 "abcdefghijklmn"
#define NAME15 "abcdefghijklmno"

static const char *const d_entries[] = {"e"};

void
test_main (void)
{
  int fd;

  CHECK (mkdir (NAME14), "mkdir a name of 14 characters");
  CHECK (create (NAME14 "/" NAME14, 0), "create one inside it");
  CHECK (!create (NAME15, 0), "create a name of 15 characters (must fail)");
  CHECK (!mkdir (NAME15), "mkdir a name of 15 characters (must fail)");
  CHECK (!create (NAME14 "/" NAME15, 0),
         "create a 15-character name inside (must fail)");
  CHECK (open (NAME15 "/" NAME14) == -1,
         "open under a 15-character name (must fail)");

  CHECK (inumber_of (".") == inumber_of ("/"), "\".\" is the root");
  CHECK (inumber_of ("/..") == inumber_of ("/"), "\"/..\" is the root");
  CHECK (mkdir ("d"), "mkdir \"d\"");
  CHECK (inumber_of ("d/.") == inumber_of ("d"), "\"d/.\" is \"d\"");
  CHECK (inumber_of ("d/..") == inumber_of ("/"), "\"d/..\" is the root");
  CHECK (!mkdir ("."), "mkdir \".\" (must fail)");
  CHECK (!mkdir ("d/.."), "mkdir \"d/..\" (must fail)");
  CHECK (!create ("d/.", 0), "create \"d/.\" (must fail)");
  CHECK (!remove ("d/."), "remove \"d/.\" (must fail)");

  CHECK (chdir ("d/"), "chdir \"d/\"");
  put_text ("e", "e");
  CHECK (chdir ("/"), "chdir \"/\"");
  CHECK ((fd = open ("/d/")) > 1 && isdir (fd), "open \"/d/\"");
  close (fd);
  expect_text ("//d///e", "e");
  msg ("read \"//d///e\"");
  CHECK (!mkdir ("d/e/"), "mkdir \"d/e/\" over the file (must fail)");
  expect_entries ("d", d_entries, 1);
}
