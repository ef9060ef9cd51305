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

/* The 32-bit TSS layout defined by the CPU.  Fields we never use are
   listed so that the ones we do sit at the right offsets. */
struct tss
  {
    uint16_t back_link, :16;
    void *esp0;                         /* Ring-0 stack pointer. */
    uint16_t ss0, :16;                  /* Ring-0 stack segment. */
    void *esp1;
    uint16_t ss1, :16;
    void *esp2;
    uint16_t ss2, :16;
    uint32_t cr3;
    void (*eip) (void);
    uint32_t eflags;
    uint32_t eax, ecx, edx, ebx;
    uint32_t esp, ebp, esi, edi;
    uint16_t es, :16;
    uint16_t cs, :16;
    uint16_t ss, :16;
    uint16_t ds, :16;
    uint16_t fs, :16;
    uint16_t gs, :16;
    uint16_t ldt, :16;
    uint16_t trace, bitmap;             /* Debug trap; I/O bitmap offset. */
  };

/* The kernel's one TSS.  The CPU's own layout has 104 bytes. */
static struct tss tss;

/* Sets up the TSS.  Must run before gdt_init(), which points the GDT's
   TSS descriptor at it. */
void
tss_init (void)
{
  ASSERT (sizeof tss == 104);
  tss.ss0 = SEL_KDSEG;
  tss.bitmap = 0xdfff;
  tss.esp0 = NULL;
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
  tss.esp0 = (uint8_t *) thread_current () + PGSIZE;
}
