/* A donation counts while its recipient waits on a semaphore.

   A middle thread blocks on a semaphore.  A low thread takes a lock
   and then blocks on the same semaphore, behind the middle one.  A
   high thread blocks on the lock, donating to the low thread.  One
   sema_up() must then wake the low thread -- its effective priority is
   the high one -- not the middle thread, which came first and has the
   higher base priority.  The low thread releases the lock, the high
   thread runs, and the middle thread waits for the next sema_up(). */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock;
static struct semaphore sema;

static thread_func low, middle, high;

void
test_priority_donate_sema (void)
{
  ASSERT (!thread_mlfqs);
  ASSERT (thread_get_priority () == PRI_DEFAULT);

  lock_init (&lock);
  sema_init (&sema, 0);
  thread_create ("middle", PRI_DEFAULT + 3, middle, NULL);
  thread_create ("low", PRI_DEFAULT + 1, low, NULL);
  thread_create ("high", PRI_DEFAULT + 5, high, NULL);

  record ("main: first sema_up");
  sema_up (&sema);
  record ("main: second sema_up");
  sema_up (&sema);
  record ("main: done");
  record_print ();
}

static void
low (void *aux UNUSED)
{
  lock_acquire (&lock);
  sema_down (&sema);
  record ("low: woke at priority %d", thread_get_priority ());
  lock_release (&lock);
  record ("low: released the lock, priority now %d", thread_get_priority ());
}

static void
middle (void *aux UNUSED)
{
  sema_down (&sema);
  record ("middle: woke");
}

static void
high (void *aux UNUSED)
{
  lock_acquire (&lock);
  record ("high: got the lock");
  lock_release (&lock);
}
