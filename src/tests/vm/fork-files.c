/* A forked child shares its parent's open files, position included, as
   in Unix: reads by either move the one position both see.  Closing
   the descriptor in one process leaves it open in the other, whichever
   closes first.  The file holds the alphabet; the parent reads five
   letters, a child the next five, the parent the five after those;
   then the parent closes its descriptor at once after forking a second
   child, which must still read the next five. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"

static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz";

/* Reads five bytes from FD, which must be EXPECTED, and then the
   position must be AT; WHO says who reads. */
static void
read_five (int fd, const char *expected, unsigned at, const char *who)
{
  char buf[6] = "";

  if (read (fd, buf, 5) != 5)
    fail ("%s: read 5 bytes", who);
  if (memcmp (buf, expected, 5))
    fail ("%s: read \"%s\", expected \"%.5s\"", who, buf, expected);
  if (tell (fd) != at)
    fail ("%s: position %u after reading, expected %u", who, tell (fd), at);
  msg ("%s: read \"%s\"", who, buf);
}

/* Forks a child that reads "EXPECTED" from FD to position AT, closes
   FD and exits with STATUS.  Returns its pid in the parent. */
static pid_t
fork_reader (int fd, const char *expected, unsigned at, int status)
{
  pid_t pid = fork ();

  if (pid == 0)
    {
      read_five (fd, expected, at, "child");
      close (fd);
      exit (status);
    }
  if (pid == PID_ERROR)
    fail ("fork");
  return pid;
}

void
test_main (void)
{
  int fd, status;
  pid_t pid;

  CHECK (create ("alphabet", sizeof alphabet - 1), "create \"alphabet\"");
  CHECK ((fd = open ("alphabet")) > 1, "open \"alphabet\"");
  CHECK (write (fd, alphabet, sizeof alphabet - 1) == sizeof alphabet - 1,
         "write the alphabet");
  seek (fd, 0);
  read_five (fd, "abcde", 5, "parent");

  /* Each wait() comes before its message, so that the child's lines
     come first. */
  pid = fork_reader (fd, "fghij", 10, 61);
  status = wait (pid);
  CHECK (status == 61, "the first child closed its copy and exited");
  read_five (fd, "klmno", 15, "parent");

  pid = fork_reader (fd, "pqrst", 20, 62);
  close (fd);
  status = wait (pid);
  CHECK (status == 62,
         "the parent closed its copy; the second child read on");
}
