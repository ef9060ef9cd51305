/* The life of a kernel thread: creation, running, yielding, exit.

   Five workers are created in reverse order and then run one at a
   time in a fixed order, each handing the turn to the next through a
   semaphore, so the output is the same however the scheduler
   interleaves them.  While they live they must show up in
   thread_foreach() (as must the thread running the test), with
   distinct tids that match what thread_create() returned and with the
   names they were given.  Once they have exited, by returning or by
   calling thread_exit(), the thread count and the number of free
   kernel pages must be what they were before.  Then several rounds of
   short-lived threads check the same, and thread_create() must fail
   cleanly when no page is free. */

#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WORKER_CNT 5
#define WORKER_YIELDS 3
#define CHURN_ROUNDS 3
#define CHURN_THREADS 20

/* One worker of the ordered run. */
struct worker
  {
    int id;                     /* 0...WORKER_CNT - 1. */
    char name[16];              /* Name given to thread_create(). */
    tid_t tid;                  /* What thread_create() returned. */
    tid_t own_tid;              /* What the worker itself saw. */
    struct semaphore turn;      /* Upped when it is this worker's turn. */
    struct semaphore *next;     /* Upped when this worker is done. */
  };

static thread_func ordered_worker, brief_worker;
static int count_listed_threads (void);
static bool thread_is_listed (struct thread *);
static bool wait_for_reaping (int thread_cnt, size_t free_pages);

/* Threads and free kernel pages before the test, which every part
   must return to. */
static int base_threads;
static size_t base_free;

/* Fails unless the threads of the part of the test named PART have
   all been reaped. */
static void
check_reaped (const char *part)
{
  if (!wait_for_reaping (base_threads, base_free))
    fail ("%s: %d threads and %zu free pages afterward, expected %d "
          "and %zu", part, count_listed_threads (),
          palloc_count_free (0), base_threads, base_free);
}

/* Creates the workers last to first, since creation order must not
   matter, and runs them in order. */
static void
run_ordered_workers (void)
{
  static struct worker workers[WORKER_CNT];
  struct semaphore all_done;
  int i, j;

  sema_init (&all_done, 0);
  for (i = WORKER_CNT - 1; i >= 0; i--)
    {
      struct worker *w = &workers[i];

      w->id = i;
      snprintf (w->name, sizeof w->name, "worker-%d", i);
      sema_init (&w->turn, 0);
      w->next = i + 1 < WORKER_CNT ? &workers[i + 1].turn : &all_done;
      w->tid = thread_create (w->name, PRI_DEFAULT, ordered_worker, w);
      EXPECT (w->tid != TID_ERROR);
    }
  for (i = 0; i < WORKER_CNT; i++)
    for (j = 0; j < i; j++)
      EXPECT (workers[i].tid != workers[j].tid);
  EXPECT (count_listed_threads () == base_threads + WORKER_CNT);
  EXPECT (palloc_count_free (0) == base_free - WORKER_CNT);
  msg ("created %d workers", WORKER_CNT);

  sema_up (&workers[0].turn);
  sema_down (&all_done);
  for (i = 0; i < WORKER_CNT; i++)
    EXPECT (workers[i].own_tid == workers[i].tid);
  check_reaped ("workers");
  msg ("workers exited, their pages are free again");
}

/* Creates and reaps rounds of threads that exit at once. */
static void
churn (void)
{
  int round, i;

  for (round = 0; round < CHURN_ROUNDS; round++)
    {
      struct semaphore exited;

      sema_init (&exited, 0);
      for (i = 0; i < CHURN_THREADS; i++)
        EXPECT (thread_create ("brief", PRI_DEFAULT, brief_worker, &exited)
                != TID_ERROR);
      for (i = 0; i < CHURN_THREADS; i++)
        sema_down (&exited);
      check_reaped ("churn");
      msg ("round %d: %d threads came and went", round, CHURN_THREADS);
    }
}

/* Takes every kernel page, chaining them through their first word,
   and tries to create a thread. */
static void
create_without_memory (void)
{
  void **chain = NULL, **page;
  size_t taken = 0;

  while ((page = palloc_get_page (0)) != NULL)
    {
      *page = chain;
      chain = page;
      taken++;
    }
  EXPECT (taken == base_free);
  EXPECT (thread_create ("no-room", PRI_DEFAULT, brief_worker, NULL)
          == TID_ERROR);
  for (; chain != NULL; chain = page)
    {
      page = *chain;
      palloc_free_page (chain);
    }
  check_reaped ("thread_create without memory");
  msg ("thread_create without a free page returns TID_ERROR");
}

void
test_thread_lifecycle (void)
{
  size_t base_user_free = palloc_count_free (PAL_USER);

  base_threads = count_listed_threads ();
  base_free = palloc_count_free (0);
  EXPECT (thread_is_listed (thread_current ()));

  run_ordered_workers ();
  churn ();
  create_without_memory ();
  EXPECT (palloc_count_free (PAL_USER) == base_user_free);
}

/* Waits for its turn, then shows that it knows who it is, yields a
   few times and hands the turn on.  Odd-numbered workers leave
   through thread_exit(), even-numbered ones by returning. */
static void
ordered_worker (void *worker_)
{
  struct worker *w = worker_;
  int i;

  sema_down (&w->turn);
  w->own_tid = thread_tid ();
  EXPECT (!strcmp (thread_name (), w->name));
  EXPECT (thread_current ()->tid == w->own_tid);
  EXPECT (thread_is_listed (thread_current ()));
  EXPECT (thread_get_priority () == PRI_DEFAULT);
  msg ("%s running", thread_name ());
  for (i = 0; i < WORKER_YIELDS; i++)
    thread_yield ();
  msg ("%s done", thread_name ());
  sema_up (w->next);

  if (w->id % 2 == 1)
    thread_exit ();
}

/* Ups the semaphore AUX, if any, and exits at once. */
static void
brief_worker (void *exited)
{
  if (exited != NULL)
    sema_up (exited);
}

/* thread_foreach() callback: counts threads in *CNT. */
static void
count_one (struct thread *t UNUSED, void *cnt)
{
  ++*(int *) cnt;
}

/* Returns the number of threads that thread_foreach() visits. */
static int
count_listed_threads (void)
{
  enum intr_level old_level = intr_disable ();
  int cnt = 0;

  thread_foreach (count_one, &cnt);
  intr_set_level (old_level);
  return cnt;
}

/* thread_foreach() callback: WANTED points to a thread pointer, which
   becomes null when T is that thread. */
static void
match_one (struct thread *t, void *wanted_)
{
  struct thread **wanted = wanted_;

  if (t == *wanted)
    *wanted = NULL;
}

/* Returns true if thread_foreach() visits T. */
static bool
thread_is_listed (struct thread *t)
{
  enum intr_level old_level = intr_disable ();

  thread_foreach (match_one, &t);
  intr_set_level (old_level);
  return t == NULL;
}

/* Sleeps until there are THREAD_CNT threads and FREE_PAGES free
   kernel pages, and returns true, or gives up after a second and
   returns false.  A dying thread cannot free its own page: the thread
   that runs after it does, so reaping can lag behind the exit. */
static bool
wait_for_reaping (int thread_cnt, size_t free_pages)
{
  int i;

  for (i = 0; i < TIMER_FREQ; i++)
    {
      if (count_listed_threads () == thread_cnt
          && palloc_count_free (0) == free_pages)
        return true;
      timer_sleep (1);
    }
  return false;
}
