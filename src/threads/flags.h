#ifndef THREADS_FLAGS_H
#define THREADS_FLAGS_H

/* Bits of the EFLAGS register that the kernel sets or tests. */
#define FLAG_MBS  0x00000002    /* Must be set. */
#define FLAG_IF   0x00000200    /* Interrupt enable. */

#endif /* threads/flags.h */
