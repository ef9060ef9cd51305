/* cp SOURCE DEST: copies file SOURCE to a new file DEST.  The base file
   system's files cannot grow, so DEST is created at SOURCE's size. */

#include <stdio.h>
#include <syscall.h>

int
main (int argc, char *argv[])
{
  char buffer[512];
  int in, out = -1;
  int n;

  if (argc != 3)
    {
      printf ("usage: cp SOURCE DEST\n");
      return 1;
    }
  in = open (argv[1]);
  if (in < 0)
    {
      printf ("%s: open failed\n", argv[1]);
      return 1;
    }
  if (!create (argv[2], filesize (in)) || (out = open (argv[2])) < 0)
    {
      printf ("%s: create failed\n", argv[2]);
      return 1;
    }

  while ((n = read (in, buffer, sizeof buffer)) > 0)
    if (write (out, buffer, n) != n)
      {
        printf ("%s: write failed\n", argv[2]);
        return 1;
      }
  return 0;
}
