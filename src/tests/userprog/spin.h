#ifndef TESTS_USERPROG_SPIN_H
#define TESTS_USERPROG_SPIN_H

/* Burns CPU time without a system call: longer than a time slice
   (40 ms) on any emulator we use.  A process that polls the file
   system must pause like this between tries.  Semaphores do not hand
   over to waiters, so a process that retakes the file-system lock
   within its time slice, and sleeps on the disk while holding it, can
   keep others from ever getting it. */
static inline void
spin (void)
{
  volatile int i;

  for (i = 0; i < 5000000; i++)
    continue;
}

#endif /* tests/userprog/spin.h */
