/* Setting one's priority while receiving a donation changes only the
   base priority, which takes effect when the donation ends.

   The main thread holds a lock that a higher thread waits for.  It
   lowers its own priority: its effective priority must stay the
   donor's.  Releasing the lock must then run the donor at once and
   leave the main thread at the lowered priority. */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

static thread_func donor;

void
test_priority_donate_lower (void)
{
  struct lock lock;

  ASSERT (!thread_mlfqs);
  ASSERT (thread_get_priority () == PRI_DEFAULT);

  lock_init (&lock);
  lock_acquire (&lock);
  thread_create ("donor", PRI_DEFAULT + 10, donor, &lock);
  record ("main: donor blocked, priority now %d", thread_get_priority ());

  record ("main: setting priority to %d", PRI_DEFAULT - 10);
  thread_set_priority (PRI_DEFAULT - 10);
  record ("main: priority now %d", thread_get_priority ());

  lock_release (&lock);
  record ("main: released the lock, priority now %d", thread_get_priority ());
  record_print ();
}

static void
donor (void *lock_)
{
  struct lock *lock = lock_;

  lock_acquire (lock);
  record ("donor: got the lock");
  lock_release (lock);
}
