/* A blocked thread's recent_cpu decays like any other thread's, so
   it wins the CPU back as soon as it can run.

   A helper thread spins for PHASE_SECONDS while the main thread
   sleeps, building up recent_cpu, then blocks on a lock that the main
   thread holds.  For about the next PHASE_SECONDS the main thread
   spins, its own recent_cpu growing, while the helper's must decay
   once a second though it never runs.  When the main thread releases
   the lock, the helper outranks it by far and must get the lock
   before lock_release() returns.  Under -mlfqs there is no donation,
   so the main thread keeps its own priority throughout. */

#include <stdbool.h>
#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "tests/threads/mlfqs.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define PHASE_SECONDS 5

static struct lock lock;
static int64_t start;
static bool helper_has_lock;

static thread_func helper;

void
test_mlfqs_block (void)
{
  ASSERT (thread_mlfqs);

  lock_init (&lock);
  lock_acquire (&lock);
  start = mid_second_after (timer_ticks ());
  thread_create ("helper", PRI_DEFAULT, helper, NULL);

  /* Oversleep a little, so that the helper, still the only thread
     with work to do, is surely blocked on the lock before we run. */
  record ("main: sleeping while the helper spins");
  sleep_until (start + PHASE_SECONDS * TIMER_FREQ + TIMER_FREQ / 4);
  record ("main: spinning while the helper waits for the lock");
  spin_until (start + 2 * PHASE_SECONDS * TIMER_FREQ);

  record ("main: releasing the lock");
  lock_release (&lock);
  if (!helper_has_lock)
    fail ("lock_release() returned before the helper got the lock");
  record ("main: the helper got the lock before lock_release() returned");
  record_print ();
}

static void
helper (void *aux UNUSED)
{
  int blocked_recent_cpu, woken_recent_cpu;

  spin_until (start + PHASE_SECONDS * TIMER_FREQ);
  blocked_recent_cpu = thread_get_recent_cpu ();
  lock_acquire (&lock);
  woken_recent_cpu = thread_get_recent_cpu ();
  helper_has_lock = true;

  record ("helper: got the lock");
  if (woken_recent_cpu >= blocked_recent_cpu / 10)
    fail ("recent_cpu was %d.%02d when blocking and is %d.%02d on waking: "
          "it did not decay while blocked",
          blocked_recent_cpu / 100, blocked_recent_cpu % 100,
          woken_recent_cpu / 100, woken_recent_cpu % 100);
  record ("helper: recent_cpu decayed while it was blocked");
  lock_release (&lock);
}
