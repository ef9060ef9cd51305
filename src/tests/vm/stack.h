#ifndef TESTS_VM_STACK_H
#define TESTS_VM_STACK_H

/* What the stack tests need to know about the user address space:
   where it ends, how far down the stack may grow (contract section
   7), and where the stack pointer is now. */

#include <stdint.h>

/* The top of user memory (PHYS_BASE); the stack grows down from it. */
#define USER_TOP 0xc0000000u

/* The stack may take up this much below USER_TOP, no more. */
#define STACK_LIMIT (8u * 1024 * 1024)

/* The lowest page the stack may grow into. */
#define STACK_FLOOR (USER_TOP - STACK_LIMIT)

/* Returns the stack pointer as it is in the caller. */
static inline uintptr_t
stack_pointer (void)
{
  uintptr_t esp;

  asm volatile ("movl %%esp, %0" : "=g" (esp));
  return esp;
}

#endif /* tests/vm/stack.h */
