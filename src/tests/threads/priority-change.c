/* A thread that lowers its own priority below that of a ready thread
   gives up the CPU at once.

   The main thread creates a thread of higher priority, which must run
   before thread_create() returns.  That thread then drops below the
   main thread, which must take over at once; the main thread in turn
   drops below it, handing the CPU back.  Each step records a line
   (see record.h), so any delay shows up as lines out of order. */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/thread.h"

static thread_func dropper;

void
test_priority_change (void)
{
  ASSERT (!thread_mlfqs);

  record ("main: creating a thread at priority %d", PRI_DEFAULT + 1);
  thread_create ("dropper", PRI_DEFAULT + 1, dropper, NULL);
  record ("main: running again at priority %d", thread_get_priority ());
  record ("main: dropping to priority %d", PRI_DEFAULT - 2);
  thread_set_priority (PRI_DEFAULT - 2);
  record ("main: running again at priority %d", thread_get_priority ());
  record_print ();
}

static void
dropper (void *aux UNUSED)
{
  record ("dropper: running at priority %d", thread_get_priority ());
  record ("dropper: dropping to priority %d", PRI_DEFAULT - 1);
  thread_set_priority (PRI_DEFAULT - 1);
  record ("dropper: running again at priority %d", thread_get_priority ());
  record ("dropper: exiting");
}
