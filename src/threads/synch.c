/* Semaphores, locks and condition variables.

   Everything here is built on the semaphore, and the semaphore on the
   one guarantee a single-CPU kernel can give cheaply: with interrupts
   off, no other thread runs.  sema_down() and sema_up() disable
   interrupts for the few instructions that test and change the value
   and the waiter list.  Blocking happens with interrupts still off, so
   no wake-up is lost between the test and the sleep.

   A lock is a semaphore of value 1 that remembers its holder.  A
   condition variable keeps one private semaphore per waiting thread
   (Mesa semantics: a woken waiter must recheck its condition).

   Hand-off.  sema_up() gives the unit it releases straight to the
   waiter it wakes, instead of raising the value and letting the woken
   thread compete for it when it next runs.  Otherwise a thread that
   releases a lock and soon asks for it again (a process calling the
   file system in a loop) could take it back every time before the
   woken waiter runs, and starve it.  For the same reason lock_release()
   makes the woken waiter the lock's holder at once.

   Priority.  Waiters queue in arrival order, and each wake-up picks
   the waiter with the highest effective priority at that moment (the
   earliest of equals), because a waiting thread's priority can still
   rise by donation after it has queued.  A woken thread that outranks
   the running one runs at once (thread_yield_if_outranked()).

   Donation (not under -mlfqs).  A thread that blocks on a lock lends
   its priority to the holder; if the holder is itself waiting for
   another lock, the priority passes on down the chain of holders.
   Every thread records the lock it waits for (`waiting_lock') and the
   locks it holds (`held_locks'), and the waiters of a held lock are
   exactly its semaphore's waiters.  So the donations a thread receives
   need no separate bookkeeping: they are the priorities of the waiters
   of the locks it holds, and on lock_release() the releaser's priority
   is recomputed from what remains (thread_refresh_priority()).  The
   invariant that makes the chain walk short: a lock's holder runs at a
   priority at least as high as every waiter of that lock, so a
   donation can stop at the first holder already high enough.

   Locking: waiter lists, lock holders, `waiting_lock' and `held_locks'
   are read and changed with interrupts off, since donations reach
   into other threads' state. */

#include "threads/synch.h"
#include "threads/interrupt.h"
#include "threads/thread.h"

static struct thread *sema_release (struct semaphore *);

/* Initializes SEMA to VALUE. */
void
sema_init (struct semaphore *sema, unsigned value)
{
  ASSERT (sema != NULL);

  sema->value = value;
  list_init (&sema->waiters);
}

/* Takes one unit of SEMA if its value is positive.  Returns whether it
   did.  Interrupts must be off. */
static bool
sema_take (struct semaphore *sema)
{
  ASSERT (intr_get_level () == INTR_OFF);

  if (sema->value == 0)
    return false;
  sema->value--;
  return true;
}

/* Down or "P": waits until SEMA's value is positive, then decrements
   it.  May sleep, so it must not be called from an interrupt handler.
   It may be called with interrupts off; if it sleeps, the next thread
   to run will turn them back on. */
void
sema_down (struct semaphore *sema)
{
  enum intr_level old_level;

  ASSERT (!intr_context ());
  ASSERT (sema != NULL);

  old_level = intr_disable ();
  if (!sema_take (sema))
    {
      /* Nothing to take, so wait.  The sema_up() that wakes us hands
         its unit straight to us (sema_release()) instead of raising
         the value, so on waking we already own it. */
      list_push_back (&sema->waiters, &thread_current ()->elem);
      thread_block ();
    }
  intr_set_level (old_level);
}

/* Decrements SEMA if that needs no waiting.  Returns true if it did.
   Safe in an interrupt handler. */
bool
sema_try_down (struct semaphore *sema)
{
  enum intr_level old_level;
  bool taken;

  ASSERT (sema != NULL);

  old_level = intr_disable ();
  taken = sema_take (sema);
  intr_set_level (old_level);
  return taken;
}

/* Orders threads on a waiter list by effective priority. */
static bool
thread_priority_less (const struct list_elem *a_,
                      const struct list_elem *b_, void *aux UNUSED)
{
  const struct thread *a = list_entry (a_, struct thread, elem);
  const struct thread *b = list_entry (b_, struct thread, elem);
  return a->priority < b->priority;
}

/* Up or "V": increments SEMA's value and wakes its highest-priority
   waiter, if any, which runs at once if it outranks the caller.  Safe
   in an interrupt handler. */
void
sema_up (struct semaphore *sema)
{
  enum intr_level old_level;

  ASSERT (sema != NULL);

  old_level = intr_disable ();
  sema_release (sema);
  intr_set_level (old_level);

  thread_yield_if_outranked ();
}

/* Releases one unit of SEMA: hands it to the highest-priority waiter,
   which it wakes and returns, or, if nobody waits, adds it to SEMA's
   value and returns null.  Interrupts must be off. */
static struct thread *
sema_release (struct semaphore *sema)
{
  struct list_elem *e;
  struct thread *t;

  ASSERT (intr_get_level () == INTR_OFF);

  if (list_empty (&sema->waiters))
    {
      sema->value++;
      return NULL;
    }
  e = list_max (&sema->waiters, thread_priority_less, NULL);
  list_remove (e);
  t = list_entry (e, struct thread, elem);
  thread_unblock (t);
  return t;
}

/* Initializes LOCK, which nobody holds. */
void
lock_init (struct lock *lock)
{
  ASSERT (lock != NULL);

  lock->holder = NULL;
  sema_init (&lock->semaphore, 1);
}

/* Lends the priority of DONOR, which is about to block on its
   `waiting_lock', to that lock's holder, and on down the chain of
   holders each waiting for the next lock.  Interrupts must be off.

   The walk ends at a holder that already runs at DONOR's priority or
   higher: by the invariant in the file comment, every holder beyond it
   does too.  That also ends it in a deadlock cycle. */
static void
donate_priority (struct thread *donor)
{
  struct lock *lock;

  ASSERT (intr_get_level () == INTR_OFF);

  for (lock = donor->waiting_lock;
       lock != NULL && lock->holder != NULL;
       lock = lock->holder->waiting_lock)
    {
      if (lock->holder->priority >= donor->priority)
        break;
      thread_raise_priority (lock->holder, donor->priority);
    }
}

/* Makes T the holder of LOCK.  Interrupts must be off. */
static void
lock_take (struct lock *lock, struct thread *t)
{
  ASSERT (intr_get_level () == INTR_OFF);

  lock->holder = t;
  list_push_back (&t->held_locks, &lock->elem);
}

/* Acquires LOCK, sleeping until it is free.  While it sleeps, the
   running thread donates its priority to the holder (except under
   -mlfqs).  The running thread must not hold LOCK already.  Not for
   interrupt handlers. */
void
lock_acquire (struct lock *lock)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (!lock_held_by_current_thread (lock));

  old_level = intr_disable ();
  if (lock->holder != NULL)
    {
      cur->waiting_lock = lock;
      if (!thread_mlfqs)
        donate_priority (cur);
    }
  sema_down (&lock->semaphore);
  cur->waiting_lock = NULL;
  if (lock->holder != cur)      /* Not handed over by lock_release(). */
    lock_take (lock, cur);
  intr_set_level (old_level);
}

/* Acquires LOCK if it is free and returns true; otherwise returns false
   at once.  The running thread must not hold it already. */
bool
lock_try_acquire (struct lock *lock)
{
  enum intr_level old_level;
  bool acquired = false;

  ASSERT (lock != NULL);
  ASSERT (!lock_held_by_current_thread (lock));

  old_level = intr_disable ();
  if (sema_try_down (&lock->semaphore))
    {
      lock_take (lock, thread_current ());
      acquired = true;
    }
  intr_set_level (old_level);
  return acquired;
}

/* Releases LOCK, which the running thread must hold.  The donations
   that came through LOCK end, and if the waiter that gets LOCK (or
   anyone else) now outranks the running thread, it runs at once. */
void
lock_release (struct lock *lock)
{
  enum intr_level old_level;
  struct thread *next;

  ASSERT (lock != NULL);
  ASSERT (lock_held_by_current_thread (lock));

  old_level = intr_disable ();
  lock->holder = NULL;
  list_remove (&lock->elem);
  if (!thread_mlfqs)
    thread_refresh_priority (thread_current ());

  /* The waiter that gets the semaphore's unit holds the lock from now
     on, and the other waiters' donations go to it. */
  next = sema_release (&lock->semaphore);
  if (next != NULL)
    {
      next->waiting_lock = NULL;
      lock_take (lock, next);
      if (!thread_mlfqs)
        thread_refresh_priority (next);
    }
  intr_set_level (old_level);

  thread_yield_if_outranked ();
}

/* Returns the highest priority among the threads waiting for locks
   that T holds -- the best donation T receives -- or PRI_MIN if none
   is waiting.  Interrupts must be off. */
int
lock_donated_priority (struct thread *t)
{
  int best = PRI_MIN;
  struct list_elem *l, *w;

  ASSERT (intr_get_level () == INTR_OFF);

  for (l = list_begin (&t->held_locks); l != list_end (&t->held_locks);
       l = list_next (l))
    {
      struct list *waiters = &list_entry (l, struct lock,
                                          elem)->semaphore.waiters;

      for (w = list_begin (waiters); w != list_end (waiters);
           w = list_next (w))
        {
          int priority = list_entry (w, struct thread, elem)->priority;
          if (priority > best)
            best = priority;
        }
    }
  return best;
}

/* True if the running thread holds LOCK.  (Asking whether some other
   thread holds a lock would be racy.) */
bool
lock_held_by_current_thread (const struct lock *lock)
{
  ASSERT (lock != NULL);

  return lock->holder == thread_current ();
}

/* A thread waiting on a condition.  It lives on the waiter's stack for
   the length of cond_wait(), and each waiter sleeps on a semaphore of
   its own, so that a signal wakes exactly the waiter it picks. */
struct cond_waiter
  {
    struct list_elem elem;              /* In the condition's waiters. */
    struct semaphore wakeup;            /* Upped once, by the signal. */
    struct thread *thread;              /* Whose priority orders it. */
  };

/* Orders a condition's waiters by their threads' effective priority. */
static bool
waiter_priority_less (const struct list_elem *a_,
                      const struct list_elem *b_, void *aux UNUSED)
{
  const struct cond_waiter *a = list_entry (a_, struct cond_waiter, elem);
  const struct cond_waiter *b = list_entry (b_, struct cond_waiter, elem);

  return a->thread->priority < b->thread->priority;
}

/* Initializes condition variable COND. */
void
cond_init (struct condition *cond)
{
  ASSERT (cond != NULL);

  list_init (&cond->waiters);
}

/* What cond_wait() and cond_signal() require of their caller. */
static void
check_cond_caller (const struct condition *cond, const struct lock *lock)
{
  ASSERT (cond != NULL && lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (lock_held_by_current_thread (lock));
}

/* Atomically releases LOCK and waits for COND to be signaled, then
   reacquires LOCK before returning.  The caller must hold LOCK.  Not
   for interrupt handlers. */
void
cond_wait (struct condition *cond, struct lock *lock)
{
  struct cond_waiter self;

  check_cond_caller (cond, lock);

  /* Join the waiters while still holding LOCK: a signal sent between
     the release and our sleep then finds us, and its sema_up() is kept
     by `wakeup' until we get to the sema_down(). */
  self.thread = thread_current ();
  sema_init (&self.wakeup, 0);
  list_push_back (&cond->waiters, &self.elem);

  lock_release (lock);
  sema_down (&self.wakeup);
  lock_acquire (lock);
}

/* Wakes the highest-priority thread waiting on COND, if any.  The
   caller must hold LOCK, the lock that protects COND's condition. */
void
cond_signal (struct condition *cond, struct lock *lock)
{
  struct list_elem *e;

  check_cond_caller (cond, lock);

  if (list_empty (&cond->waiters))
    return;
  e = list_max (&cond->waiters, waiter_priority_less, NULL);
  list_remove (e);
  sema_up (&list_entry (e, struct cond_waiter, elem)->wakeup);
}

/* Wakes every thread waiting on COND.  The caller must hold LOCK. */
void
cond_broadcast (struct condition *cond, struct lock *lock)
{
  ASSERT (cond != NULL && lock != NULL);

  /* One cond_signal() per waiter, so that they wake in the same order
     and with the same preemption as a series of signals: highest
     priority first, each perhaps running before the next wakes. */
  while (!list_empty (&cond->waiters))
    cond_signal (cond, lock);
}
