/* Child process that exits with the status given as its argument. */

#include <stdlib.h>
#include <syscall.h>

int
main (int argc, char *argv[])
{
  exit (argc > 1 ? atoi (argv[1]) : -100);
}
