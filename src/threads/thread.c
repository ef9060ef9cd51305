/* Threads and the scheduler.

   This module owns every struct thread: the list of all threads, the
   ready queues, the idle thread, and the choice of which thread runs next.
   A thread lives in one page (see thread.h).  Its life runs through the
   states of enum thread_status, and only this file changes that state:
   new_thread() builds a thread blocked, thread_unblock() makes it ready,
   give_up_cpu() takes the running thread off the CPU in whatever state
   it is leaving for, and thread_schedule_tail() marks the next thread
   running once the switch to it is done.

   Scheduling is by strict priority.  Ready threads wait in one FIFO
   queue per priority level, so the next thread to run is the front of
   the highest non-empty queue, and threads of equal priority take
   turns: the timer interrupt calls thread_tick(), and after TIME_SLICE
   ticks the running thread yields to the back of its queue.  Whenever
   a thread becomes ready or changes priority and now outranks the
   running thread, the running thread yields at once
   (thread_yield_if_outranked()).  Blocked threads wait on whatever
   list their waiting primitive owns (semaphore, sleep queue) and
   re-enter a ready queue through thread_unblock().  The idle thread is
   never queued: the scheduler falls back on it when every queue is
   empty.

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
   protects the tid counter.

   The file reads bottom-up: a thread's page and its first stack, the
   ready queues, the switch, the 4.4BSD scheduler, and last the public
   functions built from them. */

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

/* Every struct thread holds this value in `magic'; a stack that
   overflows into the struct is likely to change it. */
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

/* The last tid handed out, and the lock that serializes handing them
   out (thread_create() may run in several threads at once). */
static tid_t last_tid;
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

/* For switch.S, which cannot see the struct (switch.h). */
const uint32_t thread_stack_ofs = offsetof (struct thread, stack);

/* A thread's page and its first stack. */

/* Returns the running thread.  Every thread runs on a stack inside its
   own page, with the struct at the page's start, so rounding the stack
   pointer down finds it.  (Interrupt handlers run on the interrupted
   thread's stack.)  The stack pointer comes from asm rather than from
   the address of a local variable, because the compiler would treat
   the result as pointing into that variable and drop stores made
   through it. */
static struct thread *
running_thread (void)
{
  uintptr_t sp;

  asm ("movl %%esp, %0" : "=rm" (sp));
  return pg_round_down ((const void *) sp);
}

/* True if T points to an intact struct thread. */
static bool
is_thread (struct thread *t)
{
  return t != NULL && t->magic == THREAD_MAGIC;
}

/* Fills in T, a page of memory, as a blocked thread named NAME with
   base and effective priority PRIORITY.  Everything not set here
   starts zeroed: no tid yet, no saved stack, no locks waited for, and
   recent_cpu 0. */
static void
init_thread (struct thread *t, const char *name, int priority)
{
  ASSERT (t != NULL && name != NULL);
  ASSERT (priority >= PRI_MIN && priority <= PRI_MAX);

  memset (t, 0, sizeof *t);
  t->magic = THREAD_MAGIC;
  strlcpy (t->name, name, sizeof t->name);
  t->status = THREAD_BLOCKED;
  t->base_priority = t->priority = priority;
  t->nice = NICE_DEFAULT;
  list_init (&t->held_locks);
}

/* Gives T the next tid, counting up from 1, and returns it.  Takes a
   lock, so the running thread must be fully set up. */
static tid_t
assign_tid (struct thread *t)
{
  lock_acquire (&tid_lock);
  t->tid = ++last_tid;
  lock_release (&tid_lock);
  return t->tid;
}

/* The stack of a thread that has never run, as prepare_first_run()
   lays it out at the top of the thread's page, lowest address first.
   The first switch_threads() into the thread pops `switched' and
   returns to switch_entry(), which drops the arguments, finishes the
   switch and returns in turn, to kernel_thread(): that finds the rest
   where a caller would have put its return address and arguments. */
struct first_run_stack
  {
    struct switch_threads_frame switched;
    void (*entry_returns_to) (void);    /* kernel_thread(). */
    void *kernel_thread_returns_to;     /* Unused: it never returns. */
    thread_func *function;              /* kernel_thread()'s arguments. */
    void *aux;
  };

/* Where every thread except "main" begins, with interrupts still off
   from the switch: runs FUNCTION (AUX), then ends the thread. */
static void
kernel_thread (thread_func *function, void *aux)
{
  intr_enable ();
  function (aux);
  thread_exit ();
}

/* Builds a first_run_stack at the top of T's page, so that the first
   switch into T calls FUNCTION (AUX), and points T's saved stack
   pointer at it. */
static void
prepare_first_run (struct thread *t, thread_func *function, void *aux)
{
  struct first_run_stack *s
    = (struct first_run_stack *) ((uint8_t *) t + PGSIZE) - 1;

  ASSERT (is_thread (t));

  /* Zero what is not set below: a saved %ebp of 0 is where a
     debugger's backtrace of the thread stops. */
  memset (s, 0, sizeof *s);
  s->switched.eip = switch_entry;
  s->entry_returns_to = (void (*) (void)) kernel_thread;
  s->function = function;
  s->aux = aux;
  t->stack = (uint8_t *) s;
}

/* Allocates a page and makes it a blocked thread named NAME, of
   priority PRIORITY, that will run FUNCTION (AUX) when first switched
   to.  The thread is on no list yet, so nothing else can see it.
   Returns NULL if no page is free. */
static struct thread *
new_thread (const char *name, int priority, thread_func *function, void *aux)
{
  struct thread *t = palloc_get_page (PAL_ZERO);

  if (t == NULL)
    return NULL;
  init_thread (t, name, priority);
  assign_tid (t);
  prepare_first_run (t, function, aux);
  return t;
}

/* The ready queues.  All of these need interrupts off. */

/* Puts T at the back of its priority's queue.  The caller sets its
   status. */
static void
ready_push (struct thread *t)
{
  ASSERT (intr_get_level () == INTR_OFF);

  list_push_back (&ready_queues[t->priority], &t->elem);
  ready_count++;
}

/* Returns the priority of the most urgent ready thread, or PRI_MIN - 1
   if no thread is ready. */
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
   matching ready queue if it is ready. */
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

/* Chooses the next thread to run and takes it off its queue: the
   front of the highest non-empty ready queue, or the idle thread if
   nobody is ready. */
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

/* The switch. */

/* Frees the page of T, a thread that has exited and that the CPU has
   just left for good.  A thread cannot do this itself while it still
   runs on the page.  "main" is spared: its page is the boot stack
   start.S set up, which palloc never handed out. */
static void
reap_thread (struct thread *t)
{
  ASSERT (t->status == THREAD_DYING);

  if (t != initial_thread)
    palloc_free_page (t);
}

/* Completes a switch to the running thread from PREV (NULL if the
   scheduler picked the thread that was already running): starts a new
   time slice, activates the thread's address space, and reaps PREV if
   it died.  Runs with interrupts off, at the end of give_up_cpu() or,
   for a thread's very first run, from switch_entry(). */
void
thread_schedule_tail (struct thread *prev)
{
  struct thread *cur = running_thread ();

  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (prev != cur);

  cur->status = THREAD_RUNNING;
  thread_ticks = 0;
#ifdef USERPROG
  process_activate ();
#endif

  if (prev != NULL && prev->status == THREAD_DYING)
    reap_thread (prev);
}

/* Takes the running thread off the CPU, leaving it in state STATUS,
   and runs the next thread.  Returns when the running thread is chosen
   again, which for THREAD_DYING is never.  A thread that leaves as
   THREAD_READY goes to the back of its priority's queue; the idle
   thread does not, as the scheduler finds it without a queue.  Not for
   interrupt handlers (they yield through intr_yield_on_return()), and
   interrupts must be off. */
static void
give_up_cpu (enum thread_status status)
{
  struct thread *cur = running_thread ();
  struct thread *next;

  ASSERT (!intr_context ());
  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (status != THREAD_RUNNING);

  if (status == THREAD_READY && cur != idle_thread)
    ready_push (cur);
  cur->status = status;

  next = next_thread_to_run ();
  ASSERT (is_thread (next));

  /* The FPU registers belong to user processes alone (the kernel is
     compiled without floating point); see fpu.c. */
  if (next != cur)
    fpu_switch (cur, next);
  thread_schedule_tail (next != cur ? switch_threads (cur, next) : NULL);
}

/* The idle thread's function.  The scheduler runs the idle thread only
   when no other thread is ready.  Blocking hands the CPU to any thread
   that has become ready since; when the scheduler comes straight back
   (nobody has), the CPU halts until the next interrupt, which may wake
   someone, and the loop blocks again to let the scheduler look.  `sti'
   takes effect only after the following instruction, so no interrupt
   can arrive between it and `hlt': a wake-up cannot slip in after the
   scheduler looked and leave the CPU halted with a thread ready. */
static void
idle (void *aux UNUSED)
{
  for (;;)
    {
      intr_disable ();
      thread_block ();
      asm volatile ("sti; hlt" : : : "memory");
    }
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

/* Gives T, a new thread nobody can see yet, the nice and recent_cpu
   values of CREATOR and the priority that follows from them.
   Interrupts must be off, since the timer changes CREATOR's
   recent_cpu. */
static void
mlfqs_inherit (struct thread *t, const struct thread *creator)
{
  t->nice = creator->nice;
  t->recent_cpu = creator->recent_cpu;
  mlfqs_update_priority (t);
}

/* The public interface. */

/* Turns the code that is running into the thread "main".  The boot
   stack was set up in start.S at the top of a page, so the page that
   holds the stack can hold the struct thread too.  Interrupts must be
   off.  Nothing else in this module may be used until this returns,
   and thread_current() only works from here on. */
void
thread_init (void)
{
  struct thread *main_thread = running_thread ();
  int priority;

  ASSERT (intr_get_level () == INTR_OFF);

  for (priority = PRI_MIN; priority <= PRI_MAX; priority++)
    list_init (&ready_queues[priority]);
  list_init (&all_list);
  lock_init (&tid_lock);

  /* Unlike every later thread, "main" is already on the CPU, so it
     goes straight to THREAD_RUNNING; only then can it take tid_lock. */
  init_thread (main_thread, "main", PRI_DEFAULT);
  main_thread->status = THREAD_RUNNING;
  if (thread_mlfqs)
    mlfqs_update_priority (main_thread);
  list_push_back (&all_list, &main_thread->allelem);
  assign_tid (main_thread);
  initial_thread = main_thread;
}

/* Creates the idle thread and turns interrupts on, starting
   preemptive scheduling.  The idle thread gets no ready queue and no
   4.4BSD priority: it runs only when no other thread can, and keeps
   PRI_MIN so that it never looks more urgent than a thread with work
   to do. */
void
thread_start (void)
{
  ASSERT (intr_get_level () == INTR_OFF);

  idle_thread = new_thread ("idle", PRI_MIN, idle, NULL);
  if (idle_thread == NULL)
    PANIC ("no memory for the idle thread");
  list_push_back (&all_list, &idle_thread->allelem);
  intr_enable ();
}

/* Returns the tick counter that time spent running T is charged to. */
static long long *
tick_account (const struct thread *t)
{
  if (t == idle_thread)
    return &idle_ticks;
#ifdef USERPROG
  if (t->pagedir != NULL)
    return &user_ticks;
#endif
  return &kernel_ticks;
}

/* Called by the timer interrupt handler on every tick, in interrupt
   context: accounts the tick and ends the time slice when it is up. */
void
thread_tick (void)
{
  (*tick_account (thread_current ()))++;

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
  enum intr_level old_level;
  tid_t tid;

  ASSERT (function != NULL);

  t = new_thread (name, priority, function, aux);
  if (t == NULL)
    return TID_ERROR;
  tid = t->tid;

  /* The timer interrupt walks the all-threads list, so T must be
     complete before it joins. */
  old_level = intr_disable ();
  if (thread_mlfqs)
    mlfqs_inherit (t, thread_current ());
  list_push_back (&all_list, &t->allelem);
  intr_set_level (old_level);

  /* From here T may run, exit and be freed before we return. */
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
  give_up_cpu (THREAD_BLOCKED);
}

/* Makes blocked thread T ready to run.  Does not preempt the running
   thread, even if T outranks it: a caller that disabled interrupts may
   rely on finishing its update atomically.  Callers that want T to run
   at once follow up with thread_yield_if_outranked(). */
void
thread_unblock (struct thread *t)
{
  enum intr_level old_level = intr_disable ();

  ASSERT (is_thread (t) && t->status == THREAD_BLOCKED);
  ready_push (t);
  t->status = THREAD_READY;
  intr_set_level (old_level);
}

/* Returns the running thread, checked.  This is the kernel's most
   frequent look at a struct thread, so it is where a kernel stack that
   has grown into its struct (see thread.h) is caught.  Which assertion
   trips depends on which bytes the stack has overwritten;
   tests/threads/stack-overflow.ck expects one of these two, with these
   words. */
struct thread *
thread_current (void)
{
  struct thread *t = running_thread ();

  ASSERT (is_thread (t));
  ASSERT (t->status == THREAD_RUNNING);
  return t;
}

/* The running thread's tid and name. */
tid_t
thread_tid (void)
{
  return thread_current ()->tid;
}

const char *
thread_name (void)
{
  return thread_current ()->name;
}

/* Ends the running thread; it never runs again. */
void
thread_exit (void)
{
  ASSERT (!intr_context ());

#ifdef USERPROG
  /* The process's resources go first, while the thread can still
     sleep on the locks that guard them. */
  process_exit ();
#endif

  /* Once off the list the thread is invisible to everyone but the
     scheduler, which frees its page after switching away from it
     (thread_schedule_tail()). */
  intr_disable ();
  list_remove (&thread_current ()->allelem);
  give_up_cpu (THREAD_DYING);
  NOT_REACHED ();
}

/* Gives up the CPU.  The running thread goes to the back of its
   priority's ready queue, so it runs again at once only if no other
   thread of the same or higher priority is ready. */
void
thread_yield (void)
{
  enum intr_level old_level = intr_disable ();

  give_up_cpu (THREAD_READY);
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

/* Calls ACTION (T, AUX) for every thread T, oldest first.  Interrupts
   must be off, which also keeps the list still while it is walked. */
void
thread_foreach (thread_action_func *action, void *aux)
{
  struct list_elem *e = list_begin (&all_list);

  ASSERT (intr_get_level () == INTR_OFF);

  while (e != list_end (&all_list))
    {
      action (list_entry (e, struct thread, allelem), aux);
      e = list_next (e);
    }
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
