/* Does something user code may not do and must be killed for, with
   status -1.  The program's name says what:

     bad-read, bad-write, bad-jump       the null page;
     bad-read-kern, bad-write-kern,
     bad-jump-kern                       kernel memory;
     bad-ud                              an undefined instruction;
     bad-div                             division by zero;
     bad-int                             an interrupt only the kernel
                                         may raise;
     bad-io                              an I/O port. */

#include <string.h>
#include "tests/lib.h"

/* Kernel memory: the start of physical memory as the kernel sees it. */
#define KERNEL_ADDR ((volatile int *) 0xc0000000)

int
main (int argc UNUSED, char *argv[])
{
  const char *what = argv[0];
  volatile int zero = 0;

  test_name = what;
  msg ("begin");
  if (!strcmp (what, "bad-read"))
    msg ("read %d", *(volatile int *) NULL);
  else if (!strcmp (what, "bad-write"))
    *(volatile int *) NULL = 42;
  else if (!strcmp (what, "bad-jump"))
    ((void (*) (void)) NULL) ();
  else if (!strcmp (what, "bad-read-kern"))
    msg ("read %d", *KERNEL_ADDR);
  else if (!strcmp (what, "bad-write-kern"))
    *KERNEL_ADDR = 42;
  else if (!strcmp (what, "bad-jump-kern"))
    ((void (*) (void)) KERNEL_ADDR) ();
  else if (!strcmp (what, "bad-ud"))
    asm volatile ("ud2");
  else if (!strcmp (what, "bad-div"))
    msg ("42 / 0 = %d", 42 / zero);
  else if (!strcmp (what, "bad-int"))
    asm volatile ("int $0x20");
  else if (!strcmp (what, "bad-io"))
    asm volatile ("outb %%al, $0x80" : : "a" (0));
  fail ("should have been killed");
}
