/* Condition variables (Mesa semantics: a woken thread rechecks).

   1. Ping-pong: two threads take turns, each waiting on a condition
      until the shared `turn' names it.
   2. Producer-consumer: producers and consumers share a small bounded
      buffer guarded by one lock and two conditions.  Every item must
      arrive exactly once, and each consumer must see each producer's
      items in the order they were made (the buffer is FIFO).
   3. cond_signal() wakes one waiter, cond_broadcast() all of them,
      and signalling a condition nobody waits on does nothing. */

#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock;
static struct semaphore finished;

/* Part 1. */
#define PING_PONG_ROUNDS 200
static struct condition turn_changed;
static int turn;                        /* Whose turn: 0 or 1. */
static int moves;                       /* Turns taken by both. */

/* Part 2. */
#define BUFFER_SIZE 3
#define PRODUCER_CNT 2
#define CONSUMER_CNT 3
#define ITEMS_PER_PRODUCER 150
#define ITEMS_PER_CONSUMER (PRODUCER_CNT * ITEMS_PER_PRODUCER / CONSUMER_CNT)
static struct condition not_full, not_empty;
static int buffer[BUFFER_SIZE];
static int head, count;                 /* Oldest item and item count. */
static int received[PRODUCER_CNT][ITEMS_PER_PRODUCER];

/* Part 3. */
#define WAITER_CNT 3
static struct condition wake;
static int woken;

static thread_func ping_pong_player, producer, consumer, waiter;

/* Part 1: two players take turns. */
static void
test_ping_pong (void)
{
  cond_init (&turn_changed);
  thread_create ("player", PRI_DEFAULT, ping_pong_player, (void *) 1);
  ping_pong_player ((void *) 0);
  sema_down (&finished);
  sema_down (&finished);
  EXPECT (moves == 2 * PING_PONG_ROUNDS);
  msg ("%d rounds of ping-pong through a condition", PING_PONG_ROUNDS);
}

/* Part 2: producers and consumers share a bounded buffer. */
static void
test_producer_consumer (void)
{
  int p, i;

  cond_init (&not_full);
  cond_init (&not_empty);
  for (i = 0; i < CONSUMER_CNT; i++)
    thread_create ("consumer", PRI_DEFAULT, consumer, NULL);
  for (p = 0; p < PRODUCER_CNT; p++)
    thread_create ("producer", PRI_DEFAULT, producer, (void *) p);
  for (i = 0; i < PRODUCER_CNT + CONSUMER_CNT; i++)
    sema_down (&finished);
  EXPECT (count == 0);
  for (p = 0; p < PRODUCER_CNT; p++)
    for (i = 0; i < ITEMS_PER_PRODUCER; i++)
      if (received[p][i] != 1)
        fail ("item %d of producer %d received %d times",
              i, p, received[p][i]);
  msg ("%d items through a %d-slot buffer, each exactly once, in order",
       PRODUCER_CNT * ITEMS_PER_PRODUCER, BUFFER_SIZE);
}

/* Part 3: how many waiters a signal and a broadcast wake. */
static void
test_signal_and_broadcast (void)
{
  int i;

  cond_init (&wake);
  lock_acquire (&lock);
  cond_signal (&wake, &lock);
  cond_broadcast (&wake, &lock);
  lock_release (&lock);
  for (i = 0; i < WAITER_CNT; i++)
    thread_create ("waiter", PRI_DEFAULT, waiter, NULL);
  timer_sleep (5);
  EXPECT (woken == 0);

  lock_acquire (&lock);
  cond_signal (&wake, &lock);
  lock_release (&lock);
  sema_down (&finished);
  timer_sleep (5);
  if (woken != 1)
    fail ("cond_signal woke %d waiters", woken);
  msg ("cond_signal woke one waiter");

  lock_acquire (&lock);
  cond_broadcast (&wake, &lock);
  lock_release (&lock);
  for (i = 1; i < WAITER_CNT; i++)
    sema_down (&finished);
  EXPECT (woken == WAITER_CNT);
  msg ("cond_broadcast woke the other %d", WAITER_CNT - 1);
}

void
test_synch_cond (void)
{
  lock_init (&lock);
  sema_init (&finished, 0);
  test_ping_pong ();
  test_producer_consumer ();
  test_signal_and_broadcast ();
}

/* Plays side ME (0 or 1) of the ping-pong.  Side 1 runs in its own
   thread and ups FINISHED at the end; side 0 runs in the test's
   thread and ups it too, for symmetry. */
static void
ping_pong_player (void *me_)
{
  int me = (int) me_;
  int i;

  for (i = 0; i < PING_PONG_ROUNDS; i++)
    {
      lock_acquire (&lock);
      while (turn != me)
        cond_wait (&turn_changed, &lock);
      if (moves % 2 != me)
        fail ("side %d moved out of turn (move %d)", me, moves);
      moves++;
      turn = !me;
      cond_signal (&turn_changed, &lock);
      lock_release (&lock);
      thread_yield ();
    }
  sema_up (&finished);
}

/* Puts ITEMS_PER_PRODUCER items into the buffer: producer P's item I
   is P * ITEMS_PER_PRODUCER + I. */
static void
producer (void *p_)
{
  int p = (int) p_;
  int i;

  for (i = 0; i < ITEMS_PER_PRODUCER; i++)
    {
      lock_acquire (&lock);
      while (count == BUFFER_SIZE)
        cond_wait (&not_full, &lock);
      buffer[(head + count) % BUFFER_SIZE] = p * ITEMS_PER_PRODUCER + i;
      count++;
      cond_signal (&not_empty, &lock);
      lock_release (&lock);
      if (i % 7 == 0)
        thread_yield ();
    }
  sema_up (&finished);
}

/* Takes ITEMS_PER_CONSUMER items out of the buffer, checking that
   each producer's items come in increasing order. */
static void
consumer (void *aux UNUSED)
{
  int last_seen[PRODUCER_CNT];
  int i, p;

  for (p = 0; p < PRODUCER_CNT; p++)
    last_seen[p] = -1;
  for (i = 0; i < ITEMS_PER_CONSUMER; i++)
    {
      int item, seq;

      lock_acquire (&lock);
      while (count == 0)
        cond_wait (&not_empty, &lock);
      item = buffer[head];
      head = (head + 1) % BUFFER_SIZE;
      count--;
      cond_signal (&not_full, &lock);

      p = item / ITEMS_PER_PRODUCER;
      seq = item % ITEMS_PER_PRODUCER;
      EXPECT (p >= 0 && p < PRODUCER_CNT);
      if (seq <= last_seen[p])
        fail ("item %d of producer %d came after item %d",
              seq, p, last_seen[p]);
      last_seen[p] = seq;
      received[p][seq]++;
      lock_release (&lock);
      if (i % 5 == 0)
        thread_yield ();
    }
  sema_up (&finished);
}

/* Waits once on WAKE, then counts itself as woken. */
static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  cond_wait (&wake, &lock);
  woken++;
  lock_release (&lock);
  sema_up (&finished);
}
