/* Semaphores.

   First the counting itself, with sema_try_down(), which never
   blocks.  Then a ping-pong: two threads pass the turn back and forth
   through a pair of semaphores and check, each time they have it,
   that the other side moved exactly once since.  Last, several
   threads block on one semaphore, and each sema_up() must release
   exactly one of them. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define VOLLEYS 500
#define WAITER_CNT 4

static struct semaphore ping, pong, helper_done;

/* Incremented alternately: even values by the main thread, odd ones
   by the helper. */
static int volley;

/* How many waiters have passed the gate, and the gate. */
static int passed;
static struct semaphore gate, passed_one;

static thread_func pong_thread, gate_waiter;

/* Counting, and sema_try_down(), which never blocks. */
static void
test_counting (void)
{
  struct semaphore s;

  sema_init (&s, 3);
  EXPECT (sema_try_down (&s));
  EXPECT (sema_try_down (&s));
  EXPECT (sema_try_down (&s));
  EXPECT (!sema_try_down (&s));
  sema_up (&s);
  sema_up (&s);
  EXPECT (sema_try_down (&s));
  EXPECT (sema_try_down (&s));
  EXPECT (!sema_try_down (&s));
  msg ("counting and sema_try_down work");
}

static void
test_ping_pong (void)
{
  int i;

  sema_init (&ping, 0);
  sema_init (&pong, 0);
  sema_init (&helper_done, 0);
  thread_create ("pong", PRI_DEFAULT, pong_thread, NULL);
  for (i = 0; i < VOLLEYS; i++)
    {
      if (volley != 2 * i)
        fail ("ping %d saw volley %d", i, volley);
      volley++;
      sema_up (&ping);
      sema_down (&pong);
    }
  sema_down (&helper_done);
  EXPECT (volley == 2 * VOLLEYS);
  msg ("%d volleys of ping-pong strictly alternated", VOLLEYS);
}

/* Each sema_up() on a semaphore with several waiters releases one. */
static void
test_gate (void)
{
  int i;

  sema_init (&gate, 0);
  sema_init (&passed_one, 0);
  for (i = 0; i < WAITER_CNT; i++)
    thread_create ("waiter", PRI_DEFAULT, gate_waiter, NULL);
  timer_sleep (5);
  EXPECT (passed == 0);
  for (i = 1; i <= WAITER_CNT; i++)
    {
      sema_up (&gate);
      sema_down (&passed_one);
      timer_sleep (2);
      if (passed != i)
        fail ("%d sema_up() calls let %d waiters through", i, passed);
    }
  msg ("each sema_up released exactly one of %d waiters", WAITER_CNT);
}

void
test_synch_sema (void)
{
  test_counting ();
  test_ping_pong ();
  test_gate ();
}

/* The other side of the ping-pong. */
static void
pong_thread (void *aux UNUSED)
{
  int i;

  for (i = 0; i < VOLLEYS; i++)
    {
      sema_down (&ping);
      if (volley != 2 * i + 1)
        fail ("pong %d saw volley %d", i, volley);
      volley++;
      thread_yield ();
      sema_up (&pong);
    }
  sema_up (&helper_done);
}

/* Waits at the gate, then reports passing it. */
static void
gate_waiter (void *aux UNUSED)
{
  sema_down (&gate);
  passed++;
  sema_up (&passed_one);
}
