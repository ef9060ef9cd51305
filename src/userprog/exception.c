/* CPU exceptions in the user-program build.

   Policy, in one place:
     - an exception raised by user code (the interrupted CS is the user
       code segment) ends that process with exit status -1, through the
       same path as exit(), so it prints "NAME: exit(-1)" and nothing
       else;
     - a page fault at a user address is first offered to vm/ in a VM
       build (page_fault_in(): a page not loaded yet, swapped out, or
       the stack growing), and if vm/ brings the page in, the faulting
       instruction simply runs again;
     - otherwise a page fault taken by the kernel at a user address,
       inside the user-memory access routine of usermem.c, is a bad
       pointer passed to a system call: the routine is resumed at its
       failure exit and the system call kills the process after
       releasing what it holds;
     - anything else the kernel raises is a kernel bug: dump the frame
       and panic.

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

/* Registers handlers for the CPU exceptions a program can cause.

   #BP, #OF and #BR get DPL 3 so that the user instructions int3, into
   and bound raise them directly; for the rest DPL 0 means a user `int'
   with that vector raises #GP instead, which ends the process just the
   same. */
void
exception_init (void)
{
  intr_register_int (3, 3, INTR_ON, user_or_kernel_fault,
                     "#BP Breakpoint Exception");
  intr_register_int (4, 3, INTR_ON, user_or_kernel_fault,
                     "#OF Overflow Exception");
  intr_register_int (5, 3, INTR_ON, user_or_kernel_fault,
                     "#BR BOUND Range Exceeded Exception");

  intr_register_int (0, 0, INTR_ON, user_or_kernel_fault,
                     "#DE Divide Error");
  intr_register_int (1, 0, INTR_ON, user_or_kernel_fault,
                     "#DB Debug Exception");
  intr_register_int (6, 0, INTR_ON, user_or_kernel_fault,
                     "#UD Invalid Opcode Exception");
  intr_register_int (7, 0, INTR_ON, user_or_kernel_fault,
                     "#NM Device Not Available Exception");
  intr_register_int (11, 0, INTR_ON, user_or_kernel_fault,
                     "#NP Segment Not Present");
  intr_register_int (12, 0, INTR_ON, user_or_kernel_fault,
                     "#SS Stack Fault Exception");
  intr_register_int (13, 0, INTR_ON, user_or_kernel_fault,
                     "#GP General Protection Exception");
  intr_register_int (16, 0, INTR_ON, user_or_kernel_fault,
                     "#MF x87 FPU Floating-Point Error");
  intr_register_int (17, 0, INTR_ON, user_or_kernel_fault,
                     "#AC Alignment Check Exception");
  intr_register_int (19, 0, INTR_ON, user_or_kernel_fault,
                     "#XF SIMD Floating-Point Exception");

  intr_register_int (14, 0, INTR_OFF, page_fault, "#PF Page-Fault Exception");
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
   page_fault_in()).  Only a missing page can be: a protection
   violation is a write to a read-only page.  The stack pointer that
   decides stack growth is the user's: F's own for a fault in user
   mode, the one saved at system-call entry for a fault inside a
   system call. */
static bool
resolve (struct intr_frame *f, void *fault_addr)
{
  struct process *p = thread_current ()->process;
  const void *esp;

  if (p == NULL || !is_user_vaddr (fault_addr) || (f->error_code & PF_P))
    return false;
  esp = from_user_mode (f) ? f->esp : p->user_esp;
  return page_fault_in (fault_addr, (f->error_code & PF_W) != 0, esp);
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
