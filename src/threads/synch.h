#ifndef THREADS_SYNCH_H
#define THREADS_SYNCH_H

/* Synchronization primitives: counting semaphores, locks and condition
   variables (Mesa semantics), all built on disabling interrupts around
   short critical sections and blocking the thread.  Each wakes its
   highest-priority waiter first, and a thread waiting for a lock
   donates its priority to the lock's holder. */

#include <list.h>
#include <stdbool.h>

struct thread;

/* A counting semaphore. */
struct semaphore
  {
    unsigned value;             /* Current value. */
    struct list waiters;        /* Blocked threads. */
  };

void sema_init (struct semaphore *, unsigned value);
void sema_down (struct semaphore *);
bool sema_try_down (struct semaphore *);
void sema_up (struct semaphore *);

/* A lock: a binary semaphore with an owner.  Not recursive. */
struct lock
  {
    struct thread *holder;      /* Thread holding the lock, or NULL. */
    struct semaphore semaphore; /* Binary semaphore guarding access. */
    struct list_elem elem;      /* Element in the holder's held_locks. */
  };

void lock_init (struct lock *);
void lock_acquire (struct lock *);
bool lock_try_acquire (struct lock *);
void lock_release (struct lock *);
bool lock_held_by_current_thread (const struct lock *);
int lock_donated_priority (struct thread *);

/* A condition variable. */
struct condition
  {
    struct list waiters;        /* One semaphore per waiting thread. */
  };

void cond_init (struct condition *);
void cond_wait (struct condition *, struct lock *);
void cond_signal (struct condition *, struct lock *);
void cond_broadcast (struct condition *, struct lock *);

/* Optimization barrier: the compiler may not move memory operations
   across it.  It does not order the CPU's own accesses; on a single
   x86 processor it does not need to. */
#define barrier() asm volatile ("" : : : "memory")

#endif /* threads/synch.h */
