#ifndef THREADS_FPU_H
#define THREADS_FPU_H

/* The floating-point unit (x87 and SSE): set up at boot, and switched
   between the user processes that compute with it.  The kernel itself
   never uses it.  See fpu.c for who owns the registers when. */

#include <stdbool.h>

struct thread;

/* One thread's saved x87 and SSE registers; defined in fpu.c. */
struct fpu_context;

void fpu_init (void);

/* Life of a user process's floating-point state. */
bool fpu_context_create (void);
bool fpu_context_inherit (const struct thread *parent);
void fpu_context_destroy (void);

/* For the scheduler, interrupts off. */
void fpu_switch (struct thread *cur, struct thread *next);

#endif /* threads/fpu.h */
