/* Threads and the scheduler.

   This module owns every struct thread: the list of all threads, the
   ready queues, the idle thread, and the choice of which thread runs next.
   A thread lives in one page (see thread.h); creating a thread allocates
   the page and arranges its stack so that the first switch_threads()
   into it lands in kernel_thread(), which calls the thread's function.

   Scheduling is by strict priority.  Ready threads wait in one FIFO
   queue per priority level, so the next thread to run is the front of
   the highest non-empty queue, and threads of equal priority take
   turns: the timer interrupt calls thread_tick(), and after TIME_SLICE
   ticks the running thread yields to the back of its queue.  Whenever
   a thread becomes ready or changes priority and now outranks the
   running thread, the running thread yields at once
   (thread_yield_if_outranked()).  Blocked threads wait on whatever
   list their waiting primitive owns (semaphore, sleep queue) and
   re-enter a ready queue through thread_unblock().

   Priorities come from one of two policies, fixed at boot:

   - Default: each thread has a base priority set by thread_create()
     and thread_set_priority(), raised by donations from threads
     waiting on locks it holds.  synch.c decides who donates what; this
     file stores the result (thread_raise_priority(),
     thread_refresh_priority()).

   - -mlfqs: the 4.4BSD scheduler computes every priority from the
     thread's nice value and its recent CPU use, which decays with the
     system load average (see the section "4.4BSD scheduler" below).
     Priorities set by callers and donations are ignored.

   Synchronization: the ready queues, the all-threads list and every
   thread's status and priority are changed only with interrupts off,
   since the timer interrupt reads and updates them.  `tid_lock'
   protects the tid counter.  A dying thread cannot free its own page
   while running on it, so the thread that runs next frees it in
   thread_schedule_tail(). */

#include "threads/thread.h"
#include <debug.h>
#include <stddef.h>
#include <random.h>
#include <stdio.h>
#include <string.h>
#include "threads/flags.h"
#include "threads/fpu.h"
#include "threads/interrupt.h"
#include "threads/intr-stubs.h"
#include "threads/palloc.h"
#include "threads/switch.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "devices/timer.h"
#ifdef USERPROG
#include "userprog/process.h"
#endif

/* Random value for struct thread's `magic' member.  Changes when the
   stack overflows into the struct. */
#define THREAD_MAGIC 0xcd6abf4b

/* Timer ticks each thread gets before it must yield. */
#define TIME_SLICE 4

/* Threads ready to run: one FIFO queue per priority, in the order
   they will run, and how many threads the queues hold altogether. */
static struct list ready_queues[PRI_MAX + 1];
static int ready_count;

/* Every thread that has not yet been destroyed. */
static struct list all_list;

/* Runs when nothing else can. */
static struct thread *idle_thread;

/* The thread running pintos_init(). */
static struct thread *initial_thread;

/* Allocates tids. */
static struct lock tid_lock;

/* Where the CPU's time went, in timer ticks. */
static long long idle_ticks;
static long long kernel_ticks;
static long long user_ticks;

/* Ticks since the running thread last got the CPU. */
static unsigned thread_ticks;

/* See thread.h; set by the "-mlfqs" kernel option. */
bool thread_mlfqs;

/* -mlfqs: the estimated number of threads ready to run, averaged over
   the past minute. */
static fixed_t load_avg;

/* The frame kernel_thread() finds when a new thread first runs. */
struct kernel_thread_frame
  {
    void *eip;                  /* Return address (never used). */
    thread_func *function;      /* Function to call. */
    void *aux;                  /* Its argument. */
  };

/* Offset of `stack' in struct thread, for switch.S. */
const uint32_t thread_stack_ofs = offsetof (struct thread, stack);

static void kernel_thread (thread_func *, void *aux);
static void idle (void *idle_started);
static struct thread *running_thread (void);
static struct thread *next_thread_to_run (void);
static void init_thread (struct thread *, const char *name, int priority);
static bool is_thread (struct thread *) UNUSED;
static void *alloc_frame (struct thread *, size_t size);
static void schedule (void);
void thread_schedule_tail (struct thread *prev);
static tid_t allocate_tid (void);
static void ready_push (struct thread *);
static int ready_top_priority (void);
static void set_effective_priority (struct thread *, int priority);
static void mlfqs_tick (void);
static void mlfqs_update_priority (struct thread *);

/* Turns the code that is running into a thread.  The boot stack was
   set up in start.S at the top of a page, so the page that holds the
   stack can hold the struct thread too.  Interrupts must be off.
   Nothing else in this module may be used until this returns, and
   thread_current() only works from here on. */
void
thread_init (void)
{
  int priority;

  ASSERT (intr_get_level () == INTR_OFF);

  lock_init (&tid_lock);
  for (priority = PRI_MIN; priority <= PRI_MAX; priority++)
    list_init (&ready_queues[priority]);
  list_init (&all_list);

  initial_thread = running_thread ();
  init_thread (initial_thread, "main", PRI_DEFAULT);
  initial_thread->status = THREAD_RUNNING;
  list_push_back (&all_list, &initial_thread->allelem);
  if (thread_mlfqs)
    mlfqs_update_priority (initial_thread);
  initial_thread->tid = allocate_tid ();
}

/* Creates the idle thread and turns interrupts on, starting
   preemptive scheduling. */
void
thread_start (void)
{
  struct semaphore idle_started;

  sema_init (&idle_started, 0);
  thread_create ("idle", PRI_MIN, idle, &idle_started);
  intr_enable ();

  /* Wait until the idle thread has recorded itself in idle_thread. */
  sema_down (&idle_started);
}

/* Called by the timer interrupt handler on every tick, in interrupt
   context: accounts the tick and ends the time slice when it is up. */
void
thread_tick (void)
{
  struct thread *t = thread_current ();

  if (t == idle_thread)
    idle_ticks++;
#ifdef USERPROG
  else if (t->pagedir != NULL)
    user_ticks++;
#endif
  else
    kernel_ticks++;

  if (thread_mlfqs)
    mlfqs_tick ();

  if (++thread_ticks >= TIME_SLICE)
    intr_yield_on_return ();
}

/* Prints where the CPU's time went. */
void
thread_print_stats (void)
{
  printf ("Thread: %lld idle ticks, %lld kernel ticks, %lld user ticks\n",
          idle_ticks, kernel_ticks, user_ticks);
}

/* Creates a kernel thread named NAME with the given initial PRIORITY
   that runs FUNCTION (AUX), and makes it ready.  Returns its tid, or
   TID_ERROR if no page was free.  Under -mlfqs, PRIORITY is ignored:
   the thread starts with its creator's nice and recent_cpu values and
   the priority that follows from them.

   If the new thread outranks its creator it runs before this returns,
   and it may even exit by then: a caller that needs an order between
   the two must synchronize, for example with a semaphore. */
tid_t
thread_create (const char *name, int priority,
               thread_func *function, void *aux)
{
  struct thread *t;
  struct kernel_thread_frame *kf;
  struct switch_entry_frame *ef;
  struct switch_threads_frame *sf;
  enum intr_level old_level;
  tid_t tid;

  ASSERT (function != NULL);

  t = palloc_get_page (PAL_ZERO);
  if (t == NULL)
    return TID_ERROR;

  init_thread (t, name, priority);
  tid = t->tid = allocate_tid ();

  /* Stack frames, from the top of the page down, that a switch into
     this thread unwinds: switch_threads() returns to switch_entry(),
     which returns to kernel_thread (FUNCTION, AUX). */
  kf = alloc_frame (t, sizeof *kf);
  kf->eip = NULL;
  kf->function = function;
  kf->aux = aux;

  ef = alloc_frame (t, sizeof *ef);
  ef->eip = (void (*) (void)) kernel_thread;

  sf = alloc_frame (t, sizeof *sf);
  sf->eip = switch_entry;
  sf->ebp = 0;

  /* Under -mlfqs the new thread starts from its creator's nice and
     recent_cpu values, and its priority follows from them; but the
     idle thread keeps PRI_MIN, so that it never looks more urgent than
     a thread with work to do.  The timer interrupt reads these fields
     and the all-threads list, hence interrupts off. */
  old_level = intr_disable ();
  if (thread_mlfqs && function != idle)
    {
      t->nice = thread_current ()->nice;
      t->recent_cpu = thread_current ()->recent_cpu;
      mlfqs_update_priority (t);
    }
  list_push_back (&all_list, &t->allelem);
  intr_set_level (old_level);

  /* T may run, exit and be freed before we return: use only TID. */
  thread_unblock (t);
  thread_yield_if_outranked ();
  return tid;
}

/* Puts the running thread to sleep until thread_unblock() wakes it.
   Interrupts must be off, and usually the caller has just put the
   thread on some wait list; the synch.h primitives are the easier way
   to use this. */
void
thread_block (void)
{
  ASSERT (!intr_context ());
  ASSERT (intr_get_level () == INTR_OFF);

  thread_current ()->status = THREAD_BLOCKED;
  schedule ();
}

/* Makes blocked thread T ready to run.  Does not preempt the running
   thread, even if T outranks it: a caller that disabled interrupts may
   rely on finishing its update atomically.  Callers that want T to run
   at once follow up with thread_yield_if_outranked(). */
void
thread_unblock (struct thread *t)
{
  enum intr_level old_level;

  ASSERT (is_thread (t));

  old_level = intr_disable ();
  ASSERT (t->status == THREAD_BLOCKED);
  ready_push (t);
  intr_set_level (old_level);
}

/* Returns the running thread's name. */
const char *
thread_name (void)
{
  return thread_current ()->name;
}

/* Returns the running thread, after checking that its struct has not
   been overwritten by a stack overflow. */
struct thread *
thread_current (void)
{
  struct thread *t = running_thread ();

  ASSERT (is_thread (t));
  ASSERT (t->status == THREAD_RUNNING);
  return t;
}

/* Returns the running thread's tid. */
tid_t
thread_tid (void)
{
  return thread_current ()->tid;
}

/* Ends the running thread; it never runs again. */
void
thread_exit (void)
{
  ASSERT (!intr_context ());

#ifdef USERPROG
  process_exit ();
#endif

  /* The next thread to run frees our page (thread_schedule_tail()). */
  intr_disable ();
  list_remove (&thread_current ()->allelem);
  thread_current ()->status = THREAD_DYING;
  schedule ();
  NOT_REACHED ();
}

/* Gives up the CPU.  The running thread goes to the back of its
   priority's ready queue, so it runs again at once only if no other
   thread of the same or higher priority is ready. */
void
thread_yield (void)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  ASSERT (!intr_context ());

  old_level = intr_disable ();
  if (cur != idle_thread)
    ready_push (cur);
  else
    cur->status = THREAD_READY;
  schedule ();
  intr_set_level (old_level);
}

/* Returns the number of threads in existence, counting the running
   thread and the idle thread. */
size_t
thread_count (void)
{
  enum intr_level old_level = intr_disable ();
  size_t cnt = list_size (&all_list);

  intr_set_level (old_level);
  return cnt;
}

/* Calls FUNC (T, AUX) for every thread T.  Interrupts must be off. */
void
thread_foreach (thread_action_func *func, void *aux)
{
  struct list_elem *e;

  ASSERT (intr_get_level () == INTR_OFF);

  for (e = list_begin (&all_list); e != list_end (&all_list);
       e = list_next (e))
    func (list_entry (e, struct thread, allelem), aux);
}

/* Sets the running thread's base priority to NEW_PRIORITY.  A thread
   receiving donations keeps the donated priority while it is higher;
   the new base priority takes effect when the donations end.  Yields
   if a ready thread now outranks the running thread.  Ignored under
   -mlfqs, where the scheduler sets every priority itself. */
void
thread_set_priority (int new_priority)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  ASSERT (new_priority >= PRI_MIN && new_priority <= PRI_MAX);

  if (thread_mlfqs)
    return;

  old_level = intr_disable ();
  cur->base_priority = new_priority;
  thread_refresh_priority (cur);
  intr_set_level (old_level);

  thread_yield_if_outranked ();
}

/* Returns the running thread's effective priority, donations
   included. */
int
thread_get_priority (void)
{
  return thread_current ()->priority;
}

/* Raises T's effective priority to PRIORITY, if that is higher than
   what T has: a donation.  Interrupts must be off.  Does not preempt;
   see thread_yield_if_outranked(). */
void
thread_raise_priority (struct thread *t, int priority)
{
  ASSERT (intr_get_level () == INTR_OFF);

  if (priority > t->priority)
    set_effective_priority (t, priority);
}

/* Recomputes T's effective priority as the higher of its base
   priority and the best donation it still receives (which synch.c
   works out from the locks T holds).  Interrupts must be off.  Does
   not preempt; see thread_yield_if_outranked(). */
void
thread_refresh_priority (struct thread *t)
{
  int donated;

  ASSERT (intr_get_level () == INTR_OFF);

  donated = lock_donated_priority (t);
  set_effective_priority (t, donated > t->base_priority
                             ? donated : t->base_priority);
}

/* Gives up the CPU if a ready thread has a higher priority than the
   running one.  In an interrupt handler, the switch happens as the
   interrupt returns.  A thread that called this with interrupts off
   keeps the CPU: it turned them off to finish something atomically,
   and the next tick or yield will let the other thread in. */
void
thread_yield_if_outranked (void)
{
  enum intr_level old_level = intr_disable ();
  bool outranked = ready_top_priority () > thread_current ()->priority;
  intr_set_level (old_level);

  if (!outranked)
    return;
  if (intr_context ())
    intr_yield_on_return ();
  else if (old_level == INTR_ON)
    thread_yield ();
}

/* Sets the running thread's nice value to NICE and, under -mlfqs,
   recomputes its priority, yielding if it no longer has the highest. */
void
thread_set_nice (int nice)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  ASSERT (nice >= NICE_MIN && nice <= NICE_MAX);

  old_level = intr_disable ();
  cur->nice = nice;
  if (thread_mlfqs)
    mlfqs_update_priority (cur);
  intr_set_level (old_level);

  thread_yield_if_outranked ();
}

/* Returns the running thread's nice value. */
int
thread_get_nice (void)
{
  return thread_current ()->nice;
}

/* Returns 100 times the system load average, rounded to the nearest
   integer. */
int
thread_get_load_avg (void)
{
  enum intr_level old_level = intr_disable ();
  int load = fp_round_scaled (load_avg, 100);
  intr_set_level (old_level);

  return load;
}

/* Returns 100 times the running thread's recent_cpu value, rounded to
   the nearest integer. */
int
thread_get_recent_cpu (void)
{
  enum intr_level old_level = intr_disable ();
  int recent_cpu = fp_round_scaled (thread_current ()->recent_cpu, 100);
  intr_set_level (old_level);

  return recent_cpu;
}

/* The idle thread.  After its first run it is never in a ready queue:
   it blocks at once, and next_thread_to_run() falls back to it when
   every queue is empty.
   `sti; hlt' is atomic with respect to interrupts (sti takes effect
   after the next instruction), so no wake-up can slip in between
   enabling interrupts and halting. */
static void
idle (void *idle_started_)
{
  struct semaphore *idle_started = idle_started_;

  idle_thread = thread_current ();
  sema_up (idle_started);

  for (;;)
    {
      intr_disable ();
      thread_block ();
      asm volatile ("sti; hlt" : : : "memory");
    }
}

/* The bottom of every kernel thread's stack. */
static void
kernel_thread (thread_func *function, void *aux)
{
  ASSERT (function != NULL);

  intr_enable ();       /* The scheduler runs with interrupts off. */
  function (aux);
  thread_exit ();
}

/* Returns the running thread: the start of the page holding the stack
   pointer. */
static struct thread *
running_thread (void)
{
  uint32_t *esp;

  asm ("mov %%esp, %0" : "=g" (esp));
  return pg_round_down (esp);
}

/* True if T points to an intact struct thread. */
static bool
is_thread (struct thread *t)
{
  return t != NULL && t->magic == THREAD_MAGIC;
}

/* Initializes T as a blocked thread named NAME. */
static void
init_thread (struct thread *t, const char *name, int priority)
{
  ASSERT (t != NULL);
  ASSERT (PRI_MIN <= priority && priority <= PRI_MAX);
  ASSERT (name != NULL);

  memset (t, 0, sizeof *t);
  t->status = THREAD_BLOCKED;
  strlcpy (t->name, name, sizeof t->name);
  t->stack = (uint8_t *) t + PGSIZE;
  t->priority = priority;
  t->base_priority = priority;
  t->nice = NICE_DEFAULT;
  t->recent_cpu = 0;
  list_init (&t->held_locks);
  t->waiting_lock = NULL;
  t->magic = THREAD_MAGIC;
}

/* Reserves SIZE bytes at the top of T's stack and returns them. */
static void *
alloc_frame (struct thread *t, size_t size)
{
  ASSERT (is_thread (t));
  ASSERT (size % sizeof (uint32_t) == 0);

  t->stack -= size;
  return t->stack;
}

/* Makes T, which is blocked or running, ready: puts it at the back of
   its priority's queue.  Interrupts must be off. */
static void
ready_push (struct thread *t)
{
  ASSERT (intr_get_level () == INTR_OFF);

  list_push_back (&ready_queues[t->priority], &t->elem);
  t->status = THREAD_READY;
  ready_count++;
}

/* Returns the priority of the most urgent ready thread, or PRI_MIN - 1
   if no thread is ready.  Interrupts must be off. */
static int
ready_top_priority (void)
{
  int priority;

  if (ready_count == 0)
    return PRI_MIN - 1;
  for (priority = PRI_MAX; list_empty (&ready_queues[priority]); priority--)
    continue;
  return priority;
}

/* Sets T's effective priority to PRIORITY, moving T to the back of the
   matching ready queue if it is ready.  Interrupts must be off. */
static void
set_effective_priority (struct thread *t, int priority)
{
  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (priority >= PRI_MIN && priority <= PRI_MAX);

  if (t->priority == priority)
    return;
  t->priority = priority;
  if (t->status == THREAD_READY)
    {
      list_remove (&t->elem);
      list_push_back (&ready_queues[priority], &t->elem);
    }
}

/* Chooses the next thread to run: the front of the highest non-empty
   ready queue, or the idle thread if nobody is ready. */
static struct thread *
next_thread_to_run (void)
{
  int priority = ready_top_priority ();

  if (priority < PRI_MIN)
    return idle_thread;
  ready_count--;
  return list_entry (list_pop_front (&ready_queues[priority]),
                     struct thread, elem);
}

/* Completes a switch to the running thread from PREV: starts a new time
   slice, activates the new address space, and frees PREV if it died.
   Runs with interrupts off, at the end of schedule() or, for a thread's
   very first run, from switch_entry(). */
void
thread_schedule_tail (struct thread *prev)
{
  struct thread *cur = running_thread ();

  ASSERT (intr_get_level () == INTR_OFF);

  cur->status = THREAD_RUNNING;
  thread_ticks = 0;

#ifdef USERPROG
  process_activate ();
#endif

  if (prev != NULL && prev->status == THREAD_DYING && prev != initial_thread)
    {
      ASSERT (prev != cur);
      palloc_free_page (prev);
    }
}

/* Switches to the next thread.  The running thread's status must
   already say why it is giving up the CPU, and interrupts must be off. */
static void
schedule (void)
{
  struct thread *cur = running_thread ();
  struct thread *next = next_thread_to_run ();
  struct thread *prev = NULL;

  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (cur->status != THREAD_RUNNING);
  ASSERT (is_thread (next));

  if (cur != next)
    {
      /* The FPU registers belong to user processes alone (the kernel
         is compiled without floating point); see fpu.c. */
      fpu_switch (cur, next);
      prev = switch_threads (cur, next);
    }
  thread_schedule_tail (prev);
}

/* Returns a fresh tid. */
static tid_t
allocate_tid (void)
{
  static tid_t next_tid = 1;
  tid_t tid;

  lock_acquire (&tid_lock);
  tid = next_tid++;
  lock_release (&tid_lock);

  return tid;
}

/* 4.4BSD scheduler (-mlfqs).

   Each thread's priority is PRI_MAX - recent_cpu / 4 - 2 * nice,
   rounded down and clamped to PRI_MIN..PRI_MAX.  recent_cpu grows by
   one for every tick the thread runs and, once a second, decays by the
   factor (2 * load_avg) / (2 * load_avg + 1) and gains `nice'; so a
   thread that has used much CPU lately sinks, and sinks more slowly
   when many threads compete.  load_avg, updated once a second, is an
   exponentially weighted moving average of the number of threads ready
   or running.  All three live in 17.14 fixed point (fixed-point.h).

   Priorities are due every MLFQS_PRIORITY_TICKS ticks.  Between the
   once-a-second updates only the running thread's recent_cpu changes,
   so on those ticks only the running thread needs a new priority; the
   timer interrupt stays cheap however many threads exist.  (A thread
   that ran for part of the last few ticks and then blocked keeps its
   priority until the next full update, a difference of less than one
   priority level.) */

/* Ticks between priority updates. */
#define MLFQS_PRIORITY_TICKS 4

/* The once-a-second update must fall on a priority update, because it
   changes every thread's recent_cpu and recomputes every priority. */
#if TIMER_FREQ % MLFQS_PRIORITY_TICKS != 0
#error "TIMER_FREQ must be a multiple of MLFQS_PRIORITY_TICKS"
#endif

/* Sets T's priority from its recent_cpu and nice values.  Interrupts
   must be off. */
static void
mlfqs_update_priority (struct thread *t)
{
  fixed_t exact = fp_sub (fp_from_int (PRI_MAX - 2 * t->nice),
                          fp_div_int (t->recent_cpu, 4));
  int priority = fp_trunc (exact);

  if (priority < PRI_MIN)
    priority = PRI_MIN;
  else if (priority > PRI_MAX)
    priority = PRI_MAX;
  set_effective_priority (t, priority);
}

/* thread_foreach() callback for the once-a-second update: decays T's
   recent_cpu by the factor *DECAY_, adds its nice value, and updates
   its priority. */
static void
mlfqs_decay (struct thread *t, void *decay_)
{
  const fixed_t *decay = decay_;

  if (t == idle_thread)
    return;
  t->recent_cpu = fp_add_int (fp_mul (*decay, t->recent_cpu), t->nice);
  mlfqs_update_priority (t);
}

/* Folds the number of threads now ready or running into load_avg:
   load_avg = (59/60) * load_avg + (1/60) * ready_threads. */
static void
mlfqs_update_load_avg (void)
{
  int ready_threads = ready_count + (thread_current () != idle_thread);

  load_avg = fp_add (fp_div_int (fp_mul_int (load_avg, 59), 60),
                     fp_div_int (fp_from_int (ready_threads), 60));
}

/* The 4.4BSD scheduler's part of a timer tick, in interrupt context:
   charges the tick to the running thread, does the once-a-second
   update of load_avg and every recent_cpu, refreshes priorities when
   due, and asks for a switch if the running thread has been
   overtaken. */
static void
mlfqs_tick (void)
{
  struct thread *cur = thread_current ();
  int64_t now = timer_ticks ();

  if (cur != idle_thread)
    cur->recent_cpu = fp_add_int (cur->recent_cpu, 1);

  if (now % TIMER_FREQ == 0)
    {
      fixed_t twice_load, decay;

      mlfqs_update_load_avg ();
      twice_load = fp_mul_int (load_avg, 2);
      decay = fp_div (twice_load, fp_add_int (twice_load, 1));
      thread_foreach (mlfqs_decay, &decay);
      thread_yield_if_outranked ();
    }
  else if (now % MLFQS_PRIORITY_TICKS == 0 && cur != idle_thread)
    {
      mlfqs_update_priority (cur);
      thread_yield_if_outranked ();
    }
}
