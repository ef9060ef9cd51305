/* Interrupt entry and exit.

   The IDT sends vector V to intr_stubs[V], a few instructions that make
   every vector look alike: push a zero error code unless the CPU pushed
   a real one, push the interrupted %ebp and the vector number, and jump
   to intr_entry.  intr_entry saves the rest of the machine state as a
   struct intr_frame (interrupt.h) and calls intr_handler() with it.
   intr_exit undoes all of that and returns from the interrupt. */

#include "threads/loader.h"

        .text

/* Saves the remaining state and calls intr_handler (FRAME). */
intr_entry:
        pushl %ds
        pushl %es
        pushl %fs
        pushl %gs
        pushal
        cld                             # The C ABI expects DF clear.
        mov $SEL_KDSEG, %eax
        mov %eax, %ds
        mov %eax, %es

        /* A stack frame that points back into the interrupted code, so
           backtraces go through the interrupt. */
        mov %esp, %eax                  # struct intr_frame *.
        pushl 60(%eax)                  # Interrupted EIP.
        pushl 52(%eax)                  # Interrupted EBP.
        mov %esp, %ebp
        pushl %eax
        call intr_handler
        addl $12, %esp

/* Restores the struct intr_frame at the top of the stack and returns
   from the interrupt.  Also the way into user mode for a new process. */
        .globl intr_exit
intr_exit:
        popal
        popl %gs
        popl %fs
        popl %es
        popl %ds
        addl $12, %esp                  # Vector, frame pointer, error code.
        iret

/* One stub per vector.  The CPU pushes an error code for vectors 8,
   10 to 14 and 17, and for 21, 29 and 30, which belong to features we
   never enable (control-flow enforcement, AMD's encrypted guests) but
   would still arrive with a code if they were ever raised.  Every
   other stub pushes a 0 in its place, so that all frames look alike. */
        .altmacro
        .macro STUB vec
        .pushsection .data
        .long intr_stub_\vec
        .popsection
intr_stub_\vec:
        .if ((\vec == 8) || ((\vec >= 10) && (\vec <= 14)) || (\vec == 17) \
             || (\vec == 21) || (\vec == 29) || (\vec == 30)) == 0
        pushl $0
        .endif
        pushl %ebp
        pushl $\vec
        jmp intr_entry
        .endm

        .pushsection .data
        .globl intr_stubs
        .align 4
intr_stubs:
        .popsection

        .set vec, 0
        .rept 256
        STUB %vec
        .set vec, vec + 1
        .endr
