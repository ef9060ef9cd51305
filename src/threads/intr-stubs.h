#ifndef THREADS_INTR_STUBS_H
#define THREADS_INTR_STUBS_H

/* Entry points defined in intr-stubs.S.  intr_stubs[V] is the code the
   IDT sends vector V to; intr_exit restores a struct intr_frame and
   returns from the interrupt (process.c also uses it to enter user
   mode for the first time). */

typedef void intr_stub_func (void);
extern intr_stub_func *intr_stubs[256];

void intr_exit (void);

#endif /* threads/intr-stubs.h */
