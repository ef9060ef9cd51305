/* shell: a tiny command interpreter.  Reads a line from the keyboard,
   runs it as a program with arguments, waits for it and reports a
   nonzero exit status.  "exit" leaves the shell.  Backspace erases. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>

/* Reads a line of at most SIZE - 1 characters into LINE, echoing what
   is typed. */
static void
read_line (char line[], size_t size)
{
  size_t len = 0;

  for (;;)
    {
      char c;

      if (read (STDIN_FILENO, &c, 1) != 1)
        break;
      if (c == '\r' || c == '\n')
        {
          putchar ('\n');
          break;
        }
      if ((c == '\b' || c == 0x7f) && len > 0)
        {
          printf ("\b \b");
          len--;
        }
      else if (c >= ' ' && len < size - 1)
        {
          putchar (c);
          line[len++] = c;
        }
    }
  line[len] = '\0';
}

int
main (void)
{
  printf ("Shell starting...\n");
  for (;;)
    {
      char line[128];
      pid_t pid;
      int status;

      printf ("--");
      read_line (line, sizeof line);
      if (line[strspn (line, " ")] == '\0')
        continue;
      if (!strcmp (line, "exit"))
        break;

      pid = exec (line);
      if (pid == PID_ERROR)
        {
          printf ("\"%s\": exec failed\n", line);
          continue;
        }
      status = wait (pid);
      if (status != 0)
        printf ("\"%s\": exit status %d\n", line, status);
    }
  printf ("Shell exiting.\n");
  return 0;
}
