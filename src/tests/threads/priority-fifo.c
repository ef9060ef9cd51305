/* Threads of equal priority take turns in a fixed round-robin order.

   THREAD_CNT threads of one priority each record their id ROUNDS
   times, yielding after each.  Every yield, and every preemption by
   the timer, sends a thread to the back of its priority's queue, so
   each round must list the threads in the same order: the order in
   which they were created, since they first became ready in that
   order.  The main thread holds a higher priority while it creates
   them, so that none runs before all are queued, then drops below
   them and prints the rounds once they are done. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 16
#define ROUNDS 16

/* Ids in the order the threads took their turns. */
static int turns[THREAD_CNT * ROUNDS];
static int turn_cnt;

static thread_func taker;

void
test_priority_fifo (void)
{
  int round, i;

  ASSERT (!thread_mlfqs);

  msg ("%d threads take %d turns each", THREAD_CNT, ROUNDS);
  thread_set_priority (PRI_DEFAULT + 2);
  for (i = 0; i < THREAD_CNT; i++)
    thread_create ("taker", PRI_DEFAULT + 1, taker, (void *) i);
  thread_set_priority (PRI_DEFAULT);

  if (turn_cnt != THREAD_CNT * ROUNDS)
    fail ("only %d turns were taken", turn_cnt);
  for (round = 0; round < ROUNDS; round++)
    {
      char line[THREAD_CNT * 3 + 1];
      char *p = line;

      for (i = 0; i < THREAD_CNT; i++)
        p += snprintf (p, line + sizeof line - p, " %d",
                       turns[round * THREAD_CNT + i]);
      msg ("round %2d:%s", round + 1, line);
    }
}

static void
taker (void *id)
{
  int round;

  for (round = 0; round < ROUNDS; round++)
    {
      /* The timer may preempt us at any point; turning interrupts off
         makes taking a turn a single step. */
      enum intr_level old_level = intr_disable ();
      turns[turn_cnt++] = (int) id;
      intr_set_level (old_level);

      thread_yield ();
    }
}
