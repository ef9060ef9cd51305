/* Child of args-long.  Exits with a summary of its arguments that the
   parent can check: argc in the upper half of the status, the total
   length of argv[1] onward (mod 65536) in the lower half.  Exits with
   -2 if the argument vector is malformed. */

#include <string.h>
#include <syscall.h>

int
main (int argc, char *argv[])
{
  size_t total = 0;
  int i;

  if (argv[argc] != NULL || strcmp (argv[0], "args-count"))
    return -2;
  for (i = 1; i < argc; i++)
    {
      if (argv[i][0] == '\0' || strchr (argv[i], ' ') != NULL)
        return -2;
      total += strlen (argv[i]);
    }
  return (argc << 16) | (total & 0xffff);
}
