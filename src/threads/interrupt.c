/* Interrupt handling.

   This module owns the interrupt descriptor table (IDT), the two 8259A
   programmable interrupt controllers (PICs), and the table of C handlers
   indexed by vector.  Every interrupt enters through intr-stubs.S, which
   builds a struct intr_frame and calls intr_handler() below.

   Vectors 0x00-0x1f are CPU exceptions, 0x20-0x2f the sixteen hardware
   IRQs (the PICs are reprogrammed to put them there, away from the
   exceptions), and the rest are free for software interrupts such as the
   system call vector 0x30.

   External interrupts (IRQs) run with interrupts off and may not sleep;
   `in_external_intr' records that one is being handled, which is what
   intr_context() reports.  A handler that wants the interrupted thread
   to give up the CPU calls intr_yield_on_return(), and the yield happens
   here after the handler returns and the PIC is acknowledged.

   Synchronization: the tables are written only during start-up, before
   the corresponding interrupt can occur. */

#include "threads/interrupt.h"
#include <debug.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include "threads/flags.h"
#include "threads/intr-stubs.h"
#include "threads/io.h"
#include "threads/loader.h"
#include "threads/thread.h"

/* Number of vectors. */
#define INTR_CNT 256

/* First and last vectors the PICs deliver. */
#define PIC_FIRST 0x20
#define PIC_LAST 0x2f

/* PIC registers. */
#define PIC0_CTRL 0x20          /* Master PIC control port. */
#define PIC0_DATA 0x21          /* Master PIC data port. */
#define PIC1_CTRL 0xa0          /* Slave PIC control port. */
#define PIC1_DATA 0xa1          /* Slave PIC data port. */

/* The IDT, loaded with `lidt'. */
static uint64_t idt[INTR_CNT];

/* Handler and name of each vector. */
static intr_handler_func *intr_handlers[INTR_CNT];
static const char *intr_names[INTR_CNT];

/* True while an external interrupt is being handled. */
static bool in_external_intr;

/* Set by intr_yield_on_return() during an external interrupt. */
static bool yield_on_return;

/* How often each unhandled vector has fired. */
static unsigned int unexpected_cnt[INTR_CNT];

static void pic_init (void);
static void pic_end_of_interrupt (int irq);
static uint64_t make_gate (void (*function) (void), int dpl, int type);
static void register_handler (uint8_t vec, int dpl, enum intr_level,
                              intr_handler_func *, const char *name);
static void unexpected_interrupt (const struct intr_frame *);
void intr_handler (struct intr_frame *);

/* Returns the current interrupt level. */
enum intr_level
intr_get_level (void)
{
  uint32_t flags;

  asm volatile ("pushfl; popl %0" : "=g" (flags));
  return flags & FLAG_IF ? INTR_ON : INTR_OFF;
}

/* Turns interrupts on or off as LEVEL says and returns the previous
   level. */
enum intr_level
intr_set_level (enum intr_level level)
{
  return level == INTR_ON ? intr_enable () : intr_disable ();
}

/* Turns interrupts on and returns the previous level.  Not allowed
   inside an external interrupt handler. */
enum intr_level
intr_enable (void)
{
  enum intr_level old_level = intr_get_level ();
  ASSERT (!intr_context ());
  asm volatile ("sti");
  return old_level;
}

/* Turns interrupts off and returns the previous level. */
enum intr_level
intr_disable (void)
{
  enum intr_level old_level = intr_get_level ();
  asm volatile ("cli" : : : "memory");
  return old_level;
}

/* Names of the 32 vectors the CPU reserves for exceptions, for
   messages.  Those marked reserved are never raised by the processors
   we run on; #VE to #SX belong to features this kernel never enables. */
static const char *const exception_names[PIC_FIRST] =
  {
    "#DE Divide Error", "#DB Debug Exception", "NMI Interrupt",
    "#BP Breakpoint Exception", "#OF Overflow Exception",
    "#BR BOUND Range Exceeded Exception", "#UD Invalid Opcode Exception",
    "#NM Device Not Available Exception", "#DF Double Fault Exception",
    "Coprocessor Segment Overrun", "#TS Invalid TSS Exception",
    "#NP Segment Not Present", "#SS Stack Fault Exception",
    "#GP General Protection Exception", "#PF Page-Fault Exception",
    "Reserved (15)", "#MF x87 FPU Floating-Point Error",
    "#AC Alignment Check Exception", "#MC Machine-Check Exception",
    "#XM SIMD Floating-Point Exception", "#VE Virtualization Exception",
    "#CP Control Protection Exception", "Reserved (22)", "Reserved (23)",
    "Reserved (24)", "Reserved (25)", "Reserved (26)", "Reserved (27)",
    "#HV Hypervisor Injection Exception",
    "#VC VMM Communication Exception", "#SX Security Exception",
    "Reserved (31)",
  };

/* Sets up the PICs and the IDT and loads it.  Interrupts stay off. */
void
intr_init (void)
{
  uint64_t idtr_operand;
  size_t i;

  pic_init ();

  for (i = 0; i < INTR_CNT; i++)
    {
      idt[i] = make_gate (intr_stubs[i], 0, 14);
      intr_names[i] = "unknown";
    }
  for (i = 0; i < sizeof exception_names / sizeof *exception_names; i++)
    intr_names[i] = exception_names[i];

  idtr_operand = ((uint64_t) (uint32_t) idt << 16) | (sizeof idt - 1);
  asm volatile ("lidt %0" : : "m" (idtr_operand));
}

/* Registers HANDLER for external interrupt vector VEC (an IRQ).  It runs
   with interrupts off and must not sleep. */
void
intr_register_ext (uint8_t vec, intr_handler_func *handler, const char *name)
{
  ASSERT (vec >= PIC_FIRST && vec <= PIC_LAST);
  register_handler (vec, 0, INTR_OFF, handler, name);
}

/* Registers HANDLER for internal interrupt vector VEC (an exception or
   software interrupt).  Code at privilege level DPL or more privileged
   may raise it with `int'; the handler runs at interrupt LEVEL. */
void
intr_register_int (uint8_t vec, int dpl, enum intr_level level,
                   intr_handler_func *handler, const char *name)
{
  ASSERT (vec < PIC_FIRST || vec > PIC_LAST);
  register_handler (vec, dpl, level, handler, name);
}

/* True while an external interrupt is being handled. */
bool
intr_context (void)
{
  return in_external_intr;
}

/* During an external interrupt, asks for the interrupted thread to
   yield once the handler returns. */
void
intr_yield_on_return (void)
{
  ASSERT (intr_context ());
  yield_on_return = true;
}

/* Returns the name of vector VEC. */
const char *
intr_name (uint8_t vec)
{
  return intr_names[vec];
}

/* Called by intr-stubs.S for every interrupt, with FRAME describing the
   interrupted code. */
void
intr_handler (struct intr_frame *frame)
{
  bool external = frame->vec_no >= PIC_FIRST && frame->vec_no <= PIC_LAST;
  intr_handler_func *handler = intr_handlers[frame->vec_no];

  if (external)
    {
      ASSERT (intr_get_level () == INTR_OFF);
      ASSERT (!intr_context ());
      in_external_intr = true;
      yield_on_return = false;
    }

  if (handler != NULL)
    handler (frame);
  else
    unexpected_interrupt (frame);

  if (external)
    {
      ASSERT (intr_get_level () == INTR_OFF);
      in_external_intr = false;
      pic_end_of_interrupt (frame->vec_no);
      if (yield_on_return)
        thread_yield ();
    }
}

/* Prints the registers saved in FRAME.  The CPU pushes ESP and SS
   only when the interrupt enters the kernel from user mode; for an
   interrupt of kernel code the interrupted stack pointer is simply
   where they would have been, and SS is the kernel's. */
void
intr_dump_frame (const struct intr_frame *f)
{
  bool from_kernel = (f->cs & 3) == 0;
  uint32_t esp = from_kernel ? (uint32_t) &f->esp : (uint32_t) f->esp;
  uint16_t ss = from_kernel ? SEL_KDSEG : f->ss;
  uint32_t cr2;

  asm ("movl %%cr2, %0" : "=r" (cr2));
  printf ("Interrupt %#04"PRIx32" (%s) at eip=%p\n",
          f->vec_no, intr_names[f->vec_no], f->eip);
  printf (" cr2=%08"PRIx32" error=%08"PRIx32"\n", cr2, f->error_code);
  printf (" eax=%08"PRIx32" ebx=%08"PRIx32" ecx=%08"PRIx32" edx=%08"PRIx32
          "\n", f->eax, f->ebx, f->ecx, f->edx);
  printf (" esi=%08"PRIx32" edi=%08"PRIx32" esp=%08"PRIx32" ebp=%08"PRIx32
          "\n", f->esi, f->edi, esp, f->ebp);
  printf (" cs=%04x ds=%04x es=%04x ss=%04x\n",
          f->cs, f->ds, f->es, ss);
}

/* Handles a vector nobody registered.  A CPU exception is a kernel bug
   (user faults have handlers in the user-program build), so it panics
   with the registers; a stray IRQ is counted and reported, and the PIC's
   spurious IRQs 7 and 15 are ignored. */
static void
unexpected_interrupt (const struct intr_frame *f)
{
  unsigned int n = ++unexpected_cnt[f->vec_no];

  if (f->vec_no < PIC_FIRST)
    {
      intr_dump_frame (f);
      PANIC ("Unexpected interrupt %#04x (%s)",
             (unsigned) f->vec_no, intr_names[f->vec_no]);
    }
  if (f->vec_no == PIC_FIRST + 7 || f->vec_no == PIC_FIRST + 15)
    return;

  /* Report the 1st, 2nd, 4th, 8th... so a storm does not flood. */
  if ((n & (n - 1)) == 0)
    printf ("Unexpected interrupt %#04x (%s)\n",
            (unsigned) f->vec_no, intr_names[f->vec_no]);
}

/* Installs HANDLER for VEC with an interrupt gate (interrupts off on
   entry) or a trap gate (left as they were), as LEVEL asks. */
static void
register_handler (uint8_t vec, int dpl, enum intr_level level,
                  intr_handler_func *handler, const char *name)
{
  ASSERT (intr_handlers[vec] == NULL);
  idt[vec] = make_gate (intr_stubs[vec], dpl, level == INTR_ON ? 15 : 14);
  intr_handlers[vec] = handler;
  intr_names[vec] = name;
}

/* Returns an IDT gate descriptor that sends the interrupt to FUNCTION
   in the kernel code segment.  DPL is the lowest privilege (highest
   number) allowed to raise it with `int'; TYPE is 14 for an interrupt
   gate or 15 for a trap gate. */
static uint64_t
make_gate (void (*function) (void), int dpl, int type)
{
  uint32_t offset = (uint32_t) function;
  uint32_t low, high;

  ASSERT (dpl >= 0 && dpl <= 3);
  ASSERT (type == 14 || type == 15);

  low = (offset & 0xffff) | (SEL_KCSEG << 16);
  high = (offset & 0xffff0000)
         | (1 << 15)                            /* Present. */
         | ((uint32_t) dpl << 13)
         | ((uint32_t) type << 8);
  return low | ((uint64_t) high << 32);
}

/* Programs the master and slave PICs to deliver IRQs 0-15 as vectors
   0x20-0x2f, cascaded through IRQ 2, and unmasks them all. */
static void
pic_init (void)
{
  /* Mask everything while reprogramming. */
  outb (PIC0_DATA, 0xff);
  outb (PIC1_DATA, 0xff);

  /* ICW1: edge triggered, cascade, ICW4 follows.  ICW2: base vector.
     ICW3: how they are wired.  ICW4: 8086 mode, normal EOI. */
  outb (PIC0_CTRL, 0x11);
  outb (PIC0_DATA, PIC_FIRST);
  outb (PIC0_DATA, 0x04);               /* Slave on IRQ 2. */
  outb (PIC0_DATA, 0x01);

  outb (PIC1_CTRL, 0x11);
  outb (PIC1_DATA, PIC_FIRST + 8);
  outb (PIC1_DATA, 0x02);               /* Our cascade identity. */
  outb (PIC1_DATA, 0x01);

  outb (PIC0_DATA, 0x00);
  outb (PIC1_DATA, 0x00);
}

/* Tells the PIC(s) that vector VEC's IRQ has been handled, so they may
   deliver the next one.  Spurious IRQs must not be acknowledged at the
   PIC that did not raise them. */
static void
pic_end_of_interrupt (int vec)
{
  int irq = vec - PIC_FIRST;

  ASSERT (irq >= 0 && irq < 16);
  if (irq == 7 || irq == 15)
    {
      /* A real IRQ shows in the in-service register (OCW3 0x0b). */
      uint16_t ctrl = irq == 7 ? PIC0_CTRL : PIC1_CTRL;
      outb (ctrl, 0x0b);
      if ((inb (ctrl) & 0x80) == 0)
        {
          if (irq == 15)
            outb (PIC0_CTRL, 0x20);     /* The master did see IRQ 2. */
          return;
        }
    }
  outb (PIC0_CTRL, 0x20);
  if (irq >= 8)
    outb (PIC1_CTRL, 0x20);
}
