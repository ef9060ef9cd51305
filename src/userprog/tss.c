/* The task-state segment (TSS).

   We never use hardware task switching; the TSS matters for one thing
   only.  When an interrupt, exception or `int $0x30' arrives while the
   CPU runs at ring 3, it switches to the ring-0 stack named by the
   TSS's ss0:esp0 before pushing the interrupt frame.  Every thread has
   its own kernel stack (the top of its page, see threads/thread.h), so
   esp0 must always name the running thread's stack: tss_update() sets
   it on every context switch.

   The I/O permission bitmap offset points past the segment's limit,
   which denies user code every I/O port.

   Synchronization: tss_update() runs with interrupts off from the
   scheduler, the only writer after start-up. */

#include "userprog/tss.h"
#include <debug.h>
#include <stdint.h>
#include "threads/loader.h"
#include "threads/thread.h"
#include "threads/vaddr.h"

/* Where the CPU finds the stack for one privilege level. */
struct ring_stack
  {
    void *esp;                          /* Stack pointer. */
    uint16_t ss, reserved;              /* Stack segment selector. */
  };

/* The 32-bit TSS, laid out as the CPU reads it.  Only the ring-0
   stack and the I/O map offset matter to us; everything a hardware
   task switch would save is grouped into arrays we never touch, there
   only to keep the offsets right. */
struct tss
  {
    uint32_t previous_task;             /* Unused. */
    struct ring_stack stack[3];         /* Rings 0, 1 and 2. */
    uint32_t task_state[3];             /* cr3, eip, eflags: unused. */
    uint32_t registers[8];              /* General registers: unused. */
    uint32_t selectors[7];              /* es cs ss ds fs gs ldt: unused. */
    uint16_t debug_trap, iomap_base;    /* I/O bitmap offset. */
  };

/* The kernel's one TSS.  The CPU's own layout has 104 bytes. */
static struct tss tss;

/* Sets up the TSS.  Must run before gdt_init(), which points the GDT's
   TSS descriptor at it. */
void
tss_init (void)
{
  ASSERT (sizeof tss == 104);
  tss.stack[0].ss = SEL_KDSEG;
  tss.stack[0].esp = NULL;
  tss.iomap_base = 0xdfff;
}

/* Returns the kernel's TSS. */
struct tss *
tss_get (void)
{
  return &tss;
}

/* Returns the size of the TSS in bytes, for its GDT descriptor. */
size_t
tss_size (void)
{
  return sizeof tss;
}

/* Points the ring-0 stack at the top of the running thread's page, so
   that the next trap from user mode lands on this thread's kernel
   stack. */
void
tss_update (void)
{
  tss.stack[0].esp = (uint8_t *) thread_current () + PGSIZE;
}
