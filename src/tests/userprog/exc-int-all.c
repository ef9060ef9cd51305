/* Executes `int N' in user mode for every vector N except the system
   call's, 0x30, each in a child process of its own ("exc-int-all N").
   Only the gates of #BP, #OF and #BR admit user code, and they arrive
   as themselves; every other gate -- exceptions, reserved vectors,
   IRQs, unused vectors -- answers with #GP.  Whichever it is, the
   child must be killed (status -1) and the kernel must stay up. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <syscall.h>
#include "tests/lib.h"

/* The one vector user code may use for its own purposes. */
#define SYSCALL_VECTOR 0x30

/* Executes `int VEC', which must be built at run time: the instruction
   takes its vector as an immediate.  Data pages are executable. */
static void
raise_vector (int vec)
{
  static uint8_t code[] = {0xcd, 0x00, 0xc3};     /* int $0; ret */

  code[1] = vec;
  ((void (*) (void)) code) ();
}

int
main (int argc, char *argv[])
{
  int killed = 0;
  int vec;

  test_name = "exc-int-all";
  if (argc == 2)
    {
      raise_vector (atoi (argv[1]));
      fail ("int $%s returned", argv[1]);
    }

  msg ("begin");
  for (vec = 0; vec < 256; vec++)
    if (vec != SYSCALL_VECTOR)
      {
        char cmd_line[32];
        int status;

        snprintf (cmd_line, sizeof cmd_line, "exc-int-all %d", vec);
        status = wait (exec (cmd_line));
        if (status == -1)
          killed++;
        else
          msg ("int $%#04x: exit status %d", vec, status);
      }
  msg ("%d vectors killed the process", killed);
  msg ("end");
  return 0;
}
