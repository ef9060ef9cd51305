/* A read from an address in the middle of user space where nothing is
   mapped, far from the stack, must kill the process, not give it a
   zeroed page. */

#include "tests/lib.h"
#include "tests/main.h"

/* Well above any test program's data, well below its stack. */
#define NOWHERE ((volatile const int *) 0x20000000)

void
test_main (void)
{
  msg ("read from 0x%08x, where nothing is mapped", (unsigned) NOWHERE);
  msg ("read %d: should have been killed", *NOWHERE);
}
