/* Donation passes along a chain of DEPTH lock holders and unwinds one
   link at a time.

   The main thread, at PRI_MIN, holds lock 0.  Link I (I = 1...DEPTH),
   of priority 7 * I, takes lock I and then blocks on lock I - 1, held
   by link I - 1.  So each new link's priority must reach the main
   thread through all the links before it.  With each link the main
   thread also creates a bystander of priority 7 * I - 1, which no
   lock involves: it must not run while the chain carries higher
   donations.

   Releasing lock 0 starts the unwinding: each link in turn gets its
   lock at the top priority, gives it back, and on releasing its own
   lock drops to its base priority, letting the next link run.  Then
   the stalled links and bystanders run strictly by priority. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "tests/threads/record.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define DEPTH 8
#define STEP 7

static struct lock locks[DEPTH + 1];

static thread_func chain_link, bystander;

void
test_priority_donate_chain (void)
{
  int i;

  ASSERT (!thread_mlfqs);
  ASSERT (DEPTH * STEP <= PRI_MAX);

  thread_set_priority (PRI_MIN);
  for (i = 0; i <= DEPTH; i++)
    lock_init (&locks[i]);
  lock_acquire (&locks[0]);

  for (i = 1; i <= DEPTH; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "link %d", i);
      thread_create (name, i * STEP, chain_link, (void *) i);
      record ("main: link %d blocked, priority now %d",
              i, thread_get_priority ());

      snprintf (name, sizeof name, "bystander %d", i);
      thread_create (name, i * STEP - 1, bystander, NULL);
    }

  lock_release (&locks[0]);
  record ("main: released lock 0, priority now %d", thread_get_priority ());
  record_print ();
}

static void
chain_link (void *i_)
{
  int i = (int) i_;

  lock_acquire (&locks[i]);
  lock_acquire (&locks[i - 1]);
  record ("link %d: got lock %d at priority %d", i, i - 1,
          thread_get_priority ());
  lock_release (&locks[i - 1]);
  record ("link %d: released lock %d, priority now %d", i, i - 1,
          thread_get_priority ());
  lock_release (&locks[i]);
  record ("link %d: released lock %d, priority now %d", i, i,
          thread_get_priority ());
}

static void
bystander (void *aux UNUSED)
{
  record ("%s: running", thread_name ());
}
