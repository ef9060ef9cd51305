/* Passes command lines up to a page long to a child: many one-letter
   arguments (more than fit in one page of stack), long words separated
   by runs of spaces, and one line too long for a page, which exec must
   refuse. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

/* A command line of at most a page, with its terminator. */
static char cmd_line[4096 + 1];

/* Runs cmd_line and checks that the child saw ARGC arguments whose
   lengths after argv[0] add up to TOTAL. */
static void
run (const char *what, int argc, size_t total)
{
  int expected = (argc << 16) | (int) (total & 0xffff);
  pid_t pid = exec (cmd_line);
  int status;

  if (pid == PID_ERROR)
    fail ("exec of %s (%zu bytes) failed", what, strlen (cmd_line));
  status = wait (pid);
  if (status != expected)
    fail ("%s: child returned %#x, expected %#x", what, status, expected);
  msg ("%s: %d arguments passed", what, argc);
}

void
test_main (void)
{
  size_t len;
  int argc;

  /* "args-count x x x ..." filling the page exactly. */
  len = strlcpy (cmd_line, "args-count", sizeof cmd_line);
  for (argc = 1; len + 2 <= 4095; argc++)
    len += strlcpy (cmd_line + len, " x", sizeof cmd_line - len);
  run ("one-letter words", argc, argc - 1);

  /* Words of 100 letters separated by one to three spaces. */
  len = strlcpy (cmd_line, "args-count", sizeof cmd_line);
  for (argc = 1; len + 103 + 100 <= 4095; argc++)
    {
      size_t spaces = 1 + argc % 3;
      memset (cmd_line + len, ' ', spaces);
      memset (cmd_line + len + spaces, 'a' + argc % 26, 100);
      len += spaces + 100;
      cmd_line[len] = '\0';
    }
  run ("long words", argc, (argc - 1) * 100);

  /* One byte too many. */
  memset (cmd_line, 'y', sizeof cmd_line - 1);
  memcpy (cmd_line, "args-count ", 11);
  cmd_line[sizeof cmd_line - 1] = '\0';
  CHECK (exec (cmd_line) == PID_ERROR,
         "exec of a %zu-byte command line fails", strlen (cmd_line));
}
