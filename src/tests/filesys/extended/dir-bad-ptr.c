/* Paths and name buffers that the kernel must not trust.  chdir and
   mkdir with a null path, a kernel address, or a path whose bytes run
   into unmapped memory before their null, and readdir into a null or
   kernel buffer, must kill the calling process (exit -1) and nothing
   else.  A path of several kilobytes in good memory is merely wrong:
   the call fails and the process lives.

   "dir-bad-ptr" runs every case in a child "dir-bad-ptr CASE" and
   reports how it ended: the process's exit status, which is what the
   call returned when it returned at all. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/boundary.h"

#define KERNEL_ADDRESS ((char *) 0xc0000000)

/* A path of LONG_PATH - 1 characters: "d/" over and over. */
#define LONG_PATH 6000
static char long_path[LONG_PATH];

static const char *const cases[] =
  {
    "mkdir-null", "mkdir-kernel", "mkdir-unterminated",
    "chdir-null", "chdir-kernel", "chdir-unterminated",
    "readdir-null", "readdir-kernel",
    "mkdir-long", "chdir-long",
  };

/* Returns a descriptor open on the root directory. */
static int
open_root (void)
{
  int fd = open ("/");

  if (fd < 2)
    fail ("open \"/\" failed");
  return fd;
}

/* Returns a long path in valid memory that names nothing. */
static const char *
make_long_path (void)
{
  size_t i;

  for (i = 0; i + 1 < LONG_PATH; i++)
    long_path[i] = i % 2 ? '/' : 'd';
  return long_path;
}

/* Runs case NAME and returns what its call returned, if it does. */
static int
run_case (const char *name)
{
  if (!strcmp (name, "mkdir-null"))
    return mkdir (NULL);
  if (!strcmp (name, "mkdir-kernel"))
    return mkdir (KERNEL_ADDRESS);
  if (!strcmp (name, "mkdir-unterminated"))
    return mkdir (string_into_unmapped ("newdir"));
  if (!strcmp (name, "chdir-null"))
    return chdir (NULL);
  if (!strcmp (name, "chdir-kernel"))
    return chdir (KERNEL_ADDRESS);
  if (!strcmp (name, "chdir-unterminated"))
    return chdir (string_into_unmapped ("/"));
  if (!strcmp (name, "readdir-null"))
    return readdir (open_root (), NULL);
  if (!strcmp (name, "readdir-kernel"))
    return readdir (open_root (), KERNEL_ADDRESS);
  if (!strcmp (name, "mkdir-long"))
    return mkdir (make_long_path ());
  if (!strcmp (name, "chdir-long"))
    return chdir (make_long_path ());
  fail ("unknown case \"%s\"", name);
}

int
main (int argc, char *argv[])
{
  test_name = "dir-bad-ptr";
  if (argc == 2)
    return run_case (argv[1]);

  msg ("begin");
  run_cases ("dir-bad-ptr", cases, sizeof cases / sizeof *cases);
  msg ("end");
  return 0;
}
