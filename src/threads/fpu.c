/* The floating-point unit: the x87 registers and the SSE registers
   (XMM0-7 and MXCSR), saved and loaded together with FXSAVE/FXRSTOR.

   Who may use it.  Only user programs.  The kernel is compiled with
   -msoft-float -mno-80387 -mno-sse -mno-mmx (Make.config), so no kernel
   code, kernel thread or interrupt handler reads or writes these
   registers; the only FPU instructions in the kernel are the ones in
   this file.  That makes the unit a resource of the user processes
   alone, with a simple owner at every moment:

     - A thread whose `fpu' member is null has no floating-point state:
       a kernel thread, or a process that is still loading.  Whatever
       the unit holds while such a thread runs belongs to somebody else
       and is left untouched.
     - A process gets its context from fpu_context_create() before it
       first enters user mode: a copy of `initial_image', the state of
       a freshly reset unit with every exception masked and every
       register empty or zero.  So no program ever sees what an earlier
       one left in the unit -- neither its numbers nor its control
       settings nor a pending exception.  A forked child instead gets
       a copy of its parent's saved state (fpu_context_inherit()),
       which is the parent's own and no one else's.
     - The scheduler calls fpu_switch() for every switch between two
       threads: the outgoing thread's registers go to its context, if
       it has one, and the incoming thread's come back, if it has one.
       Hence whenever a process runs in user mode, the unit holds its
       own state and nothing else.
     - fpu_context_destroy() frees the context when the process ends.

   Why eager switching.  The lazy alternative marks the unit unavailable
   (CR0.TS) at each switch and moves state only when a process actually
   executes a floating-point instruction (#NM).  It saves a save and a
   restore for processes that never compute in floating point, but it
   needs an #NM handler, a record of whose registers are in the unit,
   and care when that thread exits or is killed with the state still
   loaded.  Eager switching costs two instructions per switch and leaves
   no moment at which a process's state is anywhere but in its context
   or in the unit while it runs, which is the property the whole design
   rests on.

   Errors.  CR0.NE makes an unmasked x87 error raise #MF (vector 16) in
   the program that caused it, instead of the PC's old external IRQ 13;
   CR4.OSXMMEXCPT does the same for SSE errors (#XM, vector 19).
   userprog/exception.c kills the program for either.  A program can
   also end, by exit(), with an x87 error still pending; loading
   another context first clears it (load_image()), so it can never go
   off in the kernel or in the next program.

   Synchronization.  `initial_image' is written once at boot, before any
   thread switch.  A thread's `fpu' member and its context are changed
   only by that thread, with interrupts off where a switch in between
   would save into or load from the wrong place.  The one reader from
   outside is a forked child copying its parent's context, while the
   parent sleeps until the copy is done. */

#include "threads/fpu.h"
#include <debug.h>
#include <inttypes.h>
#include <stdint.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* Control register bits. */
#define CR0_MP 0x00000002       /* WAIT obeys TS (monitor coprocessor). */
#define CR0_EM 0x00000004       /* Emulate: every FPU instruction faults. */
#define CR0_TS 0x00000008       /* Task switched: next FPU use faults. */
#define CR0_NE 0x00000020       /* Report x87 errors as #MF. */
#define CR4_OSFXSR 0x00000200   /* FXSAVE covers SSE; SSE enabled. */
#define CR4_OSXMMEXCPT 0x00000400 /* Unmasked SSE errors raise #XM. */

/* CPUID leaf 1, EDX: what we require of the processor. */
#define CPUID_FPU 0x00000001    /* On-chip x87. */
#define CPUID_FXSR 0x01000000   /* FXSAVE and FXRSTOR. */
#define CPUID_SSE 0x02000000    /* SSE. */

/* The state of a unit fresh from FNINIT: all six x87 exceptions
   masked, 64-bit significands, rounding to nearest; and for SSE the
   same masks and rounding in MXCSR. */
#define FCW_INITIAL 0x037f
#define MXCSR_INITIAL 0x1f80

/* The 512-byte memory image that FXSAVE writes and FXRSTOR reads,
   which the processor requires to be 16-byte aligned.  Only the
   fields that we set by name are spelled out. */
struct fxsave_image
  {
    uint16_t fcw;               /* x87 control word. */
    uint16_t fsw;               /* x87 status word. */
    uint8_t ftw;                /* Tags, one bit per register: 1 = used. */
    uint8_t reserved;
    uint8_t last_op[18];        /* Last instruction's opcode, pointers. */
    uint32_t mxcsr;             /* SSE control and status. */
    uint32_t mxcsr_mask;        /* Written by FXSAVE, ignored on load. */
    uint8_t registers[480];     /* ST0-7, XMM0-7, then unused space. */
  }
__attribute__ ((aligned (16)));

/* A process's floating-point state while it is not in the unit.
   malloc() promises no 16-byte alignment, so the context is carved out
   of a larger block, remembered for free(). */
struct fpu_context
  {
    struct fxsave_image image;  /* The registers. */
    void *block;                /* What malloc() returned. */
  };

/* Every process's first state; see the top of the file. */
static struct fxsave_image initial_image;

static void save_image (struct fxsave_image *);
static void load_image (const struct fxsave_image *);

/* Checks that the processor has what we need, turns on x87 error
   reporting and SSE, resets the unit, and prepares the state that
   every process starts from.  Call once at boot, before the first
   thread switch. */
void
fpu_init (void)
{
  uint32_t eax = 1, ebx, ecx, edx;
  uint32_t cr0, cr4;
  const uint32_t needed = CPUID_FPU | CPUID_FXSR | CPUID_SSE;

  asm ("cpuid" : "+a" (eax), "=b" (ebx), "=c" (ecx), "=d" (edx));
  if ((edx & needed) != needed)
    PANIC ("CPU lacks the x87, FXSAVE or SSE (CPUID.1:EDX = %08"PRIx32")",
           edx);

  /* Real FPU instructions (no EM), none of them trapping (no TS), WAIT
     checked like the rest (MP), errors as #MF (NE). */
  asm volatile ("movl %%cr0, %0" : "=r" (cr0));
  cr0 = (cr0 | CR0_MP | CR0_NE) & ~(CR0_EM | CR0_TS);
  asm volatile ("movl %0, %%cr0" : : "r" (cr0));

  asm volatile ("movl %%cr4, %0" : "=r" (cr4));
  cr4 |= CR4_OSFXSR | CR4_OSXMMEXCPT;
  asm volatile ("movl %0, %%cr4" : : "r" (cr4));

  asm volatile ("fninit");

  /* Built by hand rather than captured with FXSAVE, so that it does
     not depend on what the firmware left in the XMM registers. */
  memset (&initial_image, 0, sizeof initial_image);
  initial_image.fcw = FCW_INITIAL;
  initial_image.mxcsr = MXCSR_INITIAL;
}

/* Gives the running thread a floating-point context holding a copy of
   IMAGE, and puts that state in the unit.  Returns false if memory is
   short. */
static bool
install_context (const struct fxsave_image *image)
{
  struct thread *t = thread_current ();
  void *block = malloc (sizeof (struct fpu_context) + 15);
  struct fpu_context *ctx;
  enum intr_level old_level;

  ASSERT (t->fpu == NULL);
  if (block == NULL)
    return false;

  ctx = (struct fpu_context *) (((uintptr_t) block + 15) & ~(uintptr_t) 15);
  ctx->image = *image;
  ctx->block = block;

  /* Between loading the unit and recording the context, a switch
     would neither save nor restore our state. */
  old_level = intr_disable ();
  load_image (&ctx->image);
  t->fpu = ctx;
  intr_set_level (old_level);
  return true;
}

/* Gives the running thread a floating-point context in the initial
   state, so that the thread may enter user mode.  Returns false if
   memory is short.  Call at most once per thread;
   fpu_context_destroy() undoes it. */
bool
fpu_context_create (void)
{
  return install_context (&initial_image);
}

/* Like fpu_context_create(), but the running thread starts with the
   registers of PARENT, a process that is blocked in fork() waiting for
   us.  PARENT's saved image is exactly its user registers: the switch
   that took PARENT off the CPU saved them, and nothing between its
   last user instruction and that switch used the unit, since kernel
   code never does. */
bool
fpu_context_inherit (const struct thread *parent)
{
  ASSERT (parent->fpu != NULL);
  return install_context (&parent->fpu->image);
}

/* Frees the running thread's floating-point context, if it has one.
   The thread must never return to user mode. */
void
fpu_context_destroy (void)
{
  struct thread *t = thread_current ();
  struct fpu_context *ctx = t->fpu;

  /* Once `fpu' is null no switch saves into CTX, so it may go. */
  t->fpu = NULL;
  barrier ();
  if (ctx != NULL)
    free (ctx->block);
}

/* Moves the floating-point state for a switch from CUR, the running
   thread, to NEXT: saves CUR's registers if CUR has a context, loads
   NEXT's if NEXT has one.  A thread without a context never uses the
   unit (see the top of the file), so what it finds there, and leaves,
   does not matter.  Interrupts must be off. */
void
fpu_switch (struct thread *cur, struct thread *next)
{
  ASSERT (intr_get_level () == INTR_OFF);

  if (cur->fpu != NULL)
    save_image (&cur->fpu->image);
  if (next->fpu != NULL)
    load_image (&next->fpu->image);
}

/* Stores the unit's registers in IMAGE.  FXSAVE, unlike the x87's own
   FSAVE, leaves the unit as it was, and does not raise a pending x87
   error. */
static void
save_image (struct fxsave_image *image)
{
  asm volatile ("fxsave %0" : "=m" (*image));
}

/* Loads the unit's registers from IMAGE.  The state being replaced
   may hold a pending x87 error (a program can exit with one).  FXRSTOR
   does not raise pending errors on the processors we run on, but FRSTOR,
   its x87 counterpart, does, and an error raised here would be a
   kernel-mode #MF; FNCLEX drops it first so that the question never
   arises. */
static void
load_image (const struct fxsave_image *image)
{
  asm volatile ("fnclex; fxrstor %0" : : "m" (*image));
}
