/* A newly created thread that outranks its creator runs at once, to
   completion, before thread_create() returns.

   The main thread creates three threads of rising priority, each
   above its own.  Each one counts a few turns, yielding between them
   (which must not hand the CPU back to the lower-priority main
   thread), and records that it finished.  The main thread checks,
   right after each thread_create(), that the new thread has already
   finished. */

#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/thread.h"

#define THREAD_CNT 3
#define TURNS 3

static int finished_cnt;

static thread_func eager;

void
test_priority_preempt (void)
{
  int i;

  ASSERT (!thread_mlfqs);

  for (i = 0; i < THREAD_CNT; i++)
    {
      int priority = PRI_DEFAULT + 1 + i;

      thread_create ("eager", priority, eager, NULL);
      if (finished_cnt != i + 1)
        fail ("thread_create() of a priority %d thread returned before "
              "it finished", priority);
      record ("main: the priority %d thread finished before thread_create "
              "returned", priority);
    }
  record_print ();
}

static void
eager (void *aux UNUSED)
{
  int turn;

  for (turn = 1; turn <= TURNS; turn++)
    {
      record ("priority %d thread: turn %d", thread_get_priority (), turn);
      thread_yield ();
    }
  finished_cnt++;
}
