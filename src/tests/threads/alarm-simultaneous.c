/* Threads due at the same tick all wake at that tick.

   THREAD_CNT threads sleep ROUNDS times each, all to the same due
   time in every round, PERIOD ticks apart.  Each notes the tick at
   which it woke.  A woken thread has nothing else to wait for and does
   only a few instructions before it sleeps again, so every one of them
   must run within the due tick itself: a timer that woke only one
   sleeper per tick, or lost one, shows up as a late or missing
   wake-up.  For the same reason the threads do not exit until all
   have finished (freeing a thread's page takes time), and nothing is
   printed until the end (the serial port's interrupts would take time
   too); then the main thread prints the lateness table in a fixed
   order, so the expected output is exact. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 3
#define ROUNDS 5
#define PERIOD 10

static int64_t start;
static int64_t lateness[ROUNDS][THREAD_CNT];
static struct semaphore finished, may_exit;

static thread_func sleeper;

void
test_alarm_simultaneous (void)
{
  int round, i;

  sema_init (&finished, 0);
  sema_init (&may_exit, 0);
  start = timer_ticks () + 10;
  for (i = 0; i < THREAD_CNT; i++)
    thread_create ("sleeper", PRI_DEFAULT, sleeper, (void *) i);
  for (i = 0; i < THREAD_CNT; i++)
    sema_down (&finished);
  for (i = 0; i < THREAD_CNT; i++)
    sema_up (&may_exit);

  msg ("%d threads woke together %d times, %d ticks apart",
       THREAD_CNT, ROUNDS, PERIOD);
  for (round = 0; round < ROUNDS; round++)
    for (i = 0; i < THREAD_CNT; i++)
      msg ("round %d, thread %d: woke %lld tick(s) after the due time",
           round + 1, i, lateness[round][i]);
}

static void
sleeper (void *id_)
{
  int id = (int) id_;
  int round;

  for (round = 0; round < ROUNDS; round++)
    {
      int64_t due = start + (round + 1) * PERIOD;

      timer_sleep (due - timer_ticks ());
      lateness[round][id] = timer_ticks () - due;
    }
  sema_up (&finished);
  sema_down (&may_exit);
}
