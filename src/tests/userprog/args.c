/* Prints the arguments the program was started with, one per line,
   and checks the layout of the initial stack: argv word-aligned,
   argv[argc] null, and every string above the array and below the
   kernel.  Run as args-none, args-single, args-multiple, args-many and
   args-dbl-space with different command lines. */

#include <stdint.h>
#include "tests/lib.h"

int
main (int argc, char *argv[])
{
  int i;

  test_name = "args";
  msg ("begin");
  msg ("argc = %d", argc);
  for (i = 0; i <= argc; i++)
    if (argv[i] != NULL)
      msg ("argv[%d] = '%s'", i, argv[i]);
    else
      msg ("argv[%d] = null", i);

  if ((uintptr_t) argv % sizeof (char *) != 0)
    fail ("argv %p is not word-aligned", argv);
  if (argv[argc] != NULL)
    fail ("argv[argc] is not null");
  for (i = 0; i < argc; i++)
    if ((char *) argv[i] <= (char *) &argv[argc]
        || (uintptr_t) argv[i] >= 0xc0000000)
      fail ("argv[%d] = %p is not between argv and the kernel", i, argv[i]);
  msg ("end");
  return 0;
}
