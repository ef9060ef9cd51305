/* CPU exceptions in the user-program build.

   Policy, in one place, for every vector from 0 to 31:
     - an exception raised by user code (the interrupted CS is the user
       code segment) ends that process with exit status -1, through the
       same path as exit(), so it prints "NAME: exit(-1)" and nothing
       else.  That covers the faults a program can provoke on purpose
       -- division by zero, bad opcodes, privileged instructions, bad
       segment loads (#NP, #SS, #GP), an `iret' with the nested-task
       flag set (#TS), misaligned accesses under EFLAGS.AC (#AC, the
       kernel sets CR0.AM), unmasked x87 and SSE errors (#MF, #XM, see
       threads/fpu.c) -- and the reserved vectors too, should one ever
       be raised;
     - a page fault at a user address is first offered to vm/ in a VM
       build (page_fault_in(): a page not loaded yet, swapped out, the
       stack or heap growing, a write to the shared zero page), and if
       vm/ resolves it, the faulting instruction simply runs again; if
       not, and vm/ finds that the stack overflowed, the console says
       so in one line, "NAME: stack overflow", and the process ends as
       below;
     - otherwise a page fault taken by the kernel at a user address,
       inside the user-memory access routine of usermem.c, is a bad
       pointer passed to a system call: the routine is resumed at its
       failure exit and the system call kills the process after
       releasing what it holds;
     - anything else the kernel raises is a kernel bug: dump the frame
       and panic.  The NMI, double fault and machine check are left to
       interrupt.c, which panics for them whatever was running (see
       exception_init()).

   The page-fault handler is installed as an interrupt gate so that CR2
   (the faulting address) is read before anything can preempt us and
   fault again; it turns interrupts back on at once.  The other
   handlers run with interrupts on.

   `page_fault_cnt' is updated only by the page-fault handler, which
   cannot interrupt itself before the increment, so it needs no lock. */

#include "userprog/exception.h"
#include <inttypes.h>
#include <stdio.h>
#include "threads/interrupt.h"
#include "threads/loader.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#include "userprog/usermem.h"
#ifdef VM
#include "vm/page.h"
#endif

/* Page faults seen since boot, handled or not. */
static long long page_fault_cnt;

static void user_or_kernel_fault (struct intr_frame *);
static void page_fault (struct intr_frame *);
static void kernel_bug (struct intr_frame *) NO_RETURN;

/* Vectors 0 to EXCEPTION_CNT - 1 are the CPU's. */
#define EXCEPTION_CNT 32

/* The page fault has a handler of its own.  The NMI, a double fault
   and a machine check get none, so that interrupt.c panics if one ever
   arrives: they report a broken machine or kernel, never something a
   program did, and the state they interrupted cannot be trusted (a
   double fault's saved CS:EIP is undefined, so "was it user code?" has
   no answer). */
#define VEC_NMI 2
#define VEC_DOUBLE_FAULT 8
#define VEC_PAGE_FAULT 14
#define VEC_MACHINE_CHECK 18

/* Installs the exception policy described at the top of the file for
   every CPU exception vector, the reserved ones included:
   whatever vector user code manages to raise, it is only ever fatal to
   the process.

   A gate's DPL decides whether an `int N' instruction in user code may
   use it.  #BP, #OF and #BR get DPL 3, so that int3, into and bound --
   and the equivalent `int $3', `int $4', `int $5' -- arrive as
   themselves.  The rest get DPL 0: a user `int N' on them raises #GP
   instead, which ends the process just the same. */
void
exception_init (void)
{
  int vec;

  for (vec = 0; vec < EXCEPTION_CNT; vec++)
    {
      int dpl = vec >= 3 && vec <= 5 ? 3 : 0;

      if (vec == VEC_NMI || vec == VEC_DOUBLE_FAULT
          || vec == VEC_MACHINE_CHECK)
        continue;
      if (vec == VEC_PAGE_FAULT)
        intr_register_int (vec, 0, INTR_OFF, page_fault, intr_name (vec));
      else
        intr_register_int (vec, dpl, INTR_ON, user_or_kernel_fault,
                           intr_name (vec));
    }
}

/* Prints the exception statistics line for shutdown. */
void
exception_print_stats (void)
{
  printf ("Exception: %lld page faults\n", page_fault_cnt);
}

/* True if F was interrupted while running user code: the privilege
   level of the interrupted code segment is 3. */
static bool
from_user_mode (const struct intr_frame *f)
{
  return (f->cs & 3) == 3;
}

/* Handles every exception except page faults: fatal for the process
   if user code raised it, a panic if the kernel did. */
static void
user_or_kernel_fault (struct intr_frame *f)
{
  if (from_user_mode (f))
    process_terminate (-1);
  kernel_bug (f);
}

#ifdef VM
/* True if vm/ has resolved the fault at FAULT_ADDR described by F (see
   page_fault_in()).  A missing page may be resolved, and so may a
   write to a present page that is read-only only because its frame is
   shared (the zero page, say): vm/ tells those from writes to pages
   the process may not write.  The stack pointer that decides stack
   growth is the user's: F's own for a fault in user mode, the one
   saved at system-call entry for a fault inside a system call.  A
   fault left unresolved because the stack overflowed is reported on
   the console here, for either mode: the process dies of it. */
static bool
resolve (struct intr_frame *f, void *fault_addr)
{
  struct process *p = thread_current ()->process;
  const void *esp;

  if (p == NULL || !is_user_vaddr (fault_addr)
      || (f->error_code & (PF_P | PF_W)) == PF_P)
    return false;
  esp = from_user_mode (f) ? f->esp : p->user_esp;
  if (page_fault_in (fault_addr, (f->error_code & PF_W) != 0, esp))
    return true;
  if (page_stack_overflow (fault_addr, esp))
    printf ("%s: stack overflow\n", thread_name ());
  return false;
}
#else
/* Without VM every page a process may use is mapped when it loads, so
   no page fault can be resolved. */
static bool
resolve (struct intr_frame *f UNUSED, void *fault_addr UNUSED)
{
  return false;
}
#endif

/* Handles a page fault: resolved by vm/, fatal for the process if
   user code made it, a bad system-call pointer if usermem.c's copy
   made it, and a kernel bug otherwise. */
static void
page_fault (struct intr_frame *f)
{
  void *fault_addr;

  asm ("movl %%cr2, %0" : "=r" (fault_addr));
  page_fault_cnt++;
  intr_enable ();

  if (resolve (f, fault_addr))
    return;
  if (from_user_mode (f))
    process_terminate (-1);
  if (is_user_vaddr (fault_addr) && usermem_recover (f))
    return;

  printf ("Page fault at %p: %s error %s page in kernel context.\n",
          fault_addr,
          f->error_code & PF_P ? "rights violation" : "not present",
          f->error_code & PF_W ? "writing" : "reading");
  kernel_bug (f);
}

/* Reports an exception the kernel itself raised, and panics. */
static void
kernel_bug (struct intr_frame *f)
{
  intr_dump_frame (f);
  PANIC ("Kernel bug - unexpected exception %#04"PRIx32" (%s) in %s",
         f->vec_no, intr_name (f->vec_no), thread_name ());
}
