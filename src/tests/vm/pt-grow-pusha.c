/* PUSHA stores 32 bytes below the stack pointer in one instruction, so
   the fault it takes is up to 32 bytes below %esp, and the kernel must
   grow the stack for it.  The test moves %esp to a page boundary well
   below anything the stack has used, so that the whole PUSHA lands in
   a page that does not exist yet, then reads back what PUSHA stored. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/stack.h"

/* How far below the current stack the PUSHA happens. */
#define GAP (64 * 1024)

void
test_main (void)
{
  uintptr_t target = ((stack_pointer () & ~(uintptr_t) 0xfff) - GAP);
  const uint32_t *saved = (const uint32_t *) target;
  uintptr_t old_esp;

  /* PUSHA stores %eax first, at target - 4; %eax holds the old stack
     pointer, which POPA then brings back for the final move. */
  asm volatile ("movl %%esp, %%eax\n\t"
                "movl %1, %%esp\n\t"
                "pushal\n\t"
                "popal\n\t"
                "movl %%eax, %%esp\n\t"
                "movl %%eax, %0"
                : "=m" (old_esp)
                : "r" (target)
                : "eax", "memory");
  msg ("PUSHA into a new page %d kB below the stack", GAP / 1024);
  if (saved[-1] != old_esp)
    fail ("PUSHA stored %%eax as 0x%08x, expected 0x%08x",
          (unsigned) saved[-1], (unsigned) old_esp);
  msg ("the registers it stored are there");
}
