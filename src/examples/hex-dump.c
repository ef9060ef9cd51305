/* hex-dump FILE...: prints each file in hexadecimal and ASCII, sixteen
   bytes a line, with offsets. */

#include <stdio.h>
#include <syscall.h>

int
main (int argc, char *argv[])
{
  int status = 0;
  int i;

  for (i = 1; i < argc; i++)
    {
      char buffer[256];
      unsigned ofs = 0;
      int fd = open (argv[i]);
      int n;

      if (fd < 0)
        {
          printf ("%s: open failed\n", argv[i]);
          status = 1;
          continue;
        }
      printf ("%s:\n", argv[i]);
      while ((n = read (fd, buffer, sizeof buffer)) > 0)
        {
          hex_dump (ofs, buffer, n, true);
          ofs += n;
        }
      close (fd);
    }
  return status;
}
