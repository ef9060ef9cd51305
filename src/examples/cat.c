/* cat: copies each file named on the command line to the console.
   Exits with 1 if any file could not be opened. */

#include <stdio.h>
#include <syscall.h>

/* Copies the file open as FD to the console. */
static void
copy_to_console (int fd)
{
  char buffer[512];
  int n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    write (STDOUT_FILENO, buffer, n);
}

int
main (int argc, char *argv[])
{
  int status = 0;
  int i;

  for (i = 1; i < argc; i++)
    {
      int fd = open (argv[i]);

      if (fd < 0)
        {
          printf ("%s: open failed\n", argv[i]);
          status = 1;
          continue;
        }
      copy_to_console (fd);
      close (fd);
    }
  return status;
}
