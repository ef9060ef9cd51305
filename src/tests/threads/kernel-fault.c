/* An unexpected fault in the kernel must be reported, not ignored.

   The test reads through a kernel pointer that maps nothing.  The
   threads build has no page-fault handler, so the fault reaches the
   default handler, which must dump the registers ("Interrupt 0x0e
   (#PF Page-Fault Exception) at eip=...", cr2 = the bad address) and
   panic with a call stack that leads back through the faulting
   function.  The check verifies all of that. */

#include <debug.h>
#include "tests/threads/tests.h"

/* Near the top of the kernel's gigabyte of address space above
   PHYS_BASE, which maps only as much as there is RAM. */
#define BAD_ADDRESS ((const int *) 0xffff0000)

/* Not static: gcc gives a static leaf function no frame of its own,
   and then it would be missing from the call stack. */
int kernel_fault_read (const int *) NO_INLINE;

void
test_kernel_fault (void)
{
  msg ("reading kernel address %p", BAD_ADDRESS);
  msg ("read %d, which should have faulted", kernel_fault_read (BAD_ADDRESS));
  fail ("no page fault");
}

/* Reads the int at P. */
int
kernel_fault_read (const int *p)
{
  return *(const volatile int *) p;
}
