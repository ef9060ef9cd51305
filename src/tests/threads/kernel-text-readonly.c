/* Kernel code is mapped read-only, so that a stray write into it
   faults at once instead of corrupting the kernel silently.

   The test writes to the first byte of thread_create(), which lies
   early in the kernel's code, well away from the partial page that
   the code may share with data.  It writes the value already there,
   so a kernel that wrongly allows the write is not damaged by it.
   The write must raise a page fault for a write to a present page
   (error code 3), reported with the registers and a panic, as for any
   unexpected kernel fault. */

#include <debug.h>
#include <stdint.h>
#include "tests/threads/tests.h"
#include "threads/thread.h"

/* Not static: gcc gives a static leaf function no frame of its own,
   and then it would be missing from the call stack. */
void kernel_text_write (volatile uint8_t *) NO_INLINE;

void
test_kernel_text_readonly (void)
{
  volatile uint8_t *code = (volatile uint8_t *) (uintptr_t) thread_create;

  msg ("writing to the first byte of thread_create");
  kernel_text_write (code);
  fail ("the write to kernel code did not fault");
}

/* Writes to the byte at P the value it already holds. */
void
kernel_text_write (volatile uint8_t *p)
{
  *p = *p;
}
