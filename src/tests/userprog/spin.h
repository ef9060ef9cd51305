#ifndef TESTS_USERPROG_SPIN_H
#define TESTS_USERPROG_SPIN_H

/* Burns CPU time without a system call: longer than a time slice
   (40 ms) on any emulator we use.  Tests that poll for another
   process's progress pause like this between tries, so that each try
   gives the other process time to get somewhere rather than flooding
   the disk with lookups. */
static inline void
spin (void)
{
  volatile int i;

  for (i = 0; i < 5000000; i++)
    continue;
}

#endif /* tests/userprog/spin.h */
