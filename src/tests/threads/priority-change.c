/* A thread that lowers its own priority below that of a ready thread
   gives up the CPU at once.

   The main thread creates a thread of higher priority, which must run
   before thread_create() returns.  That thread then drops below the
   main thread, which must take over at once; the main thread in turn
   drops below it, handing the CPU back.  Each step prints a line, so
   any delay shows up as lines out of order. */

#include "tests/threads/tests.h"
#include "threads/thread.h"

static thread_func dropper;

void
test_priority_change (void)
{
  ASSERT (!thread_mlfqs);

  msg ("main: creating a thread at priority %d", PRI_DEFAULT + 1);
  thread_create ("dropper", PRI_DEFAULT + 1, dropper, NULL);
  msg ("main: running again at priority %d", thread_get_priority ());
  msg ("main: dropping to priority %d", PRI_DEFAULT - 2);
  thread_set_priority (PRI_DEFAULT - 2);
  msg ("main: running again at priority %d", thread_get_priority ());
}

static void
dropper (void *aux UNUSED)
{
  msg ("dropper: running at priority %d", thread_get_priority ());
  msg ("dropper: dropping to priority %d", PRI_DEFAULT - 1);
  thread_set_priority (PRI_DEFAULT - 1);
  msg ("dropper: running again at priority %d", thread_get_priority ());
  msg ("dropper: exiting");
}
