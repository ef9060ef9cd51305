/* The stack may grow to 8 MB below the top of user memory and no
   further.  A push with the stack pointer at the top of the lowest
   allowed page must work, even with nothing mapped between it and the
   rest of the stack; a push one page lower must kill the process. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"
#include "tests/vm/stack.h"

/* Moves the stack pointer to NEW_ESP, pushes the old stack pointer
   there, moves back, and returns the word the push stored. */
static uint32_t
push_at (uintptr_t new_esp)
{
  uint32_t stored;

  asm volatile ("movl %%esp, %%eax\n\t"
                "movl %1, %%esp\n\t"
                "pushl %%eax\n\t"
                "movl %%eax, %%esp\n\t"
                "movl -4(%1), %0"
                : "=r" (stored)
                : "r" (new_esp)
                : "eax", "memory");
  return stored;
}

void
test_main (void)
{
  CHECK (push_at (STACK_FLOOR + PAGE_SIZE) != 0,
         "push into the lowest page of an 8 MB stack");
  msg ("push just below an 8 MB stack");
  push_at (STACK_FLOOR);
  fail ("the stack grew past 8 MB");
}
