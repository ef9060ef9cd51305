/* Context switch between two kernel threads.

   switch_threads (CUR, NEXT) pushes the registers the C calling
   convention says a callee must preserve, saves the stack pointer in
   CUR->stack, loads NEXT->stack, pops NEXT's registers and returns in
   NEXT's context -- from NEXT's own earlier call to switch_threads().
   It returns CUR, which is how the thread that now runs learns which
   thread ran before it. */

#include "threads/switch.h"

        .text
        .globl switch_threads
switch_threads:
        pushl %ebx
        pushl %ebp
        pushl %esi
        pushl %edi

        mov thread_stack_ofs, %edx
        movl SWITCH_CUR(%esp), %eax
        movl %esp, (%eax, %edx, 1)
        movl SWITCH_NEXT(%esp), %ecx
        movl (%ecx, %edx, 1), %esp

        popl %edi
        popl %esi
        popl %ebp
        popl %ebx
        ret

/* A new thread's first switch_threads() returns here (see struct
   first_run_stack in thread.c).  Finish the switch as give_up_cpu()
   would, then return into kernel_thread(). */
        .globl switch_entry
switch_entry:
        addl $8, %esp                   # Drop CUR and NEXT.
        pushl %eax                      # The previous thread.
        call thread_schedule_tail
        addl $4, %esp
        ret
