#ifndef USERPROG_EXCEPTION_H
#define USERPROG_EXCEPTION_H

/* CPU exceptions: what happens when a user program (or the kernel)
   divides by zero, executes a bad instruction, touches a page it may
   not, and so on. */

/* Page-fault error code bits, pushed by the CPU. */
#define PF_P 0x1    /* 0: page not present; 1: protection violation. */
#define PF_W 0x2    /* 0: read; 1: write. */
#define PF_U 0x4    /* 0: kernel mode; 1: user mode. */

void exception_init (void);
void exception_print_stats (void);

#endif /* userprog/exception.h */
