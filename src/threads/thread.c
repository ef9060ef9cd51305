/* Threads and the scheduler.

   This module owns every struct thread: the list of all threads, the
   ready list, the idle thread, and the choice of which thread runs next.
   A thread lives in one page (see thread.h); creating a thread allocates
   the page and arranges its stack so that the first switch_threads()
   into it lands in kernel_thread(), which calls the thread's function.

   The scheduler is preemptive round robin: the timer interrupt calls
   thread_tick(), and after TIME_SLICE ticks the running thread yields.
   Blocked threads wait on whatever list their waiting primitive owns
   (semaphore, sleep queue) and re-enter the ready list through
   thread_unblock().

   Synchronization: the ready list, the all-threads list and every
   thread's status are changed only with interrupts off, since the timer
   interrupt reads them.  `tid_lock' protects the tid counter.  A dying
   thread cannot free its own page while running on it, so the thread
   that runs next frees it in thread_schedule_tail(). */

#include "threads/thread.h"
#include <debug.h>
#include <stddef.h>
#include <random.h>
#include <stdio.h>
#include <string.h>
#include "threads/flags.h"
#include "threads/interrupt.h"
#include "threads/intr-stubs.h"
#include "threads/palloc.h"
#include "threads/switch.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#ifdef USERPROG
#include "userprog/process.h"
#endif

/* Random value for struct thread's `magic' member.  Changes when the
   stack overflows into the struct. */
#define THREAD_MAGIC 0xcd6abf4b

/* Timer ticks each thread gets before it must yield. */
#define TIME_SLICE 4

/* Threads ready to run, in the order they will run. */
static struct list ready_list;

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

/* Turns the code that is running into a thread.  The boot stack was
   set up in start.S at the top of a page, so the page that holds the
   stack can hold the struct thread too.  Interrupts must be off.
   Nothing else in this module may be used until this returns, and
   thread_current() only works from here on. */
void
thread_init (void)
{
  ASSERT (intr_get_level () == INTR_OFF);

  lock_init (&tid_lock);
  list_init (&ready_list);
  list_init (&all_list);

  initial_thread = running_thread ();
  init_thread (initial_thread, "main", PRI_DEFAULT);
  initial_thread->status = THREAD_RUNNING;
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
   that runs FUNCTION (AUX), and puts it on the ready list.  Returns its
   tid, or TID_ERROR if no page was free.

   The new thread may run, and even exit, before this returns: a caller
   that needs an order between the two must synchronize, for example
   with a semaphore. */
tid_t
thread_create (const char *name, int priority,
               thread_func *function, void *aux)
{
  struct thread *t;
  struct kernel_thread_frame *kf;
  struct switch_entry_frame *ef;
  struct switch_threads_frame *sf;
  enum intr_level old_level;

  ASSERT (function != NULL);

  t = palloc_get_page (PAL_ZERO);
  if (t == NULL)
    return TID_ERROR;

  init_thread (t, name, priority);
  t->tid = allocate_tid ();

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

  /* All three lists change together with interrupts off. */
  old_level = intr_disable ();
  list_push_back (&all_list, &t->allelem);
  intr_set_level (old_level);

  thread_unblock (t);
  return t->tid;
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
   thread: a caller that disabled interrupts may rely on finishing its
   update atomically. */
void
thread_unblock (struct thread *t)
{
  enum intr_level old_level;

  ASSERT (is_thread (t));

  old_level = intr_disable ();
  ASSERT (t->status == THREAD_BLOCKED);
  list_push_back (&ready_list, &t->elem);
  t->status = THREAD_READY;
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

/* Gives up the CPU.  The running thread stays ready and may be chosen
   again at once. */
void
thread_yield (void)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  ASSERT (!intr_context ());

  old_level = intr_disable ();
  if (cur != idle_thread)
    list_push_back (&ready_list, &cur->elem);
  cur->status = THREAD_READY;
  schedule ();
  intr_set_level (old_level);
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

/* Sets the running thread's priority to NEW_PRIORITY. */
void
thread_set_priority (int new_priority)
{
  ASSERT (new_priority >= PRI_MIN && new_priority <= PRI_MAX);
  thread_current ()->priority = new_priority;
}

/* Returns the running thread's priority. */
int
thread_get_priority (void)
{
  return thread_current ()->priority;
}

/* Sets the running thread's nice value to NICE. */
void
thread_set_nice (int nice UNUSED)
{
}

/* Returns the running thread's nice value. */
int
thread_get_nice (void)
{
  return 0;
}

/* Returns 100 times the system load average. */
int
thread_get_load_avg (void)
{
  return 0;
}

/* Returns 100 times the running thread's recent_cpu value. */
int
thread_get_recent_cpu (void)
{
  return 0;
}

/* The idle thread.  It runs only when the ready list is empty: it
   blocks, and schedule() picks it by name when nothing else is ready.
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

/* Chooses the next thread to run: the front of the ready list, or the
   idle thread if nobody is ready. */
static struct thread *
next_thread_to_run (void)
{
  if (list_empty (&ready_list))
    return idle_thread;
  return list_entry (list_pop_front (&ready_list), struct thread, elem);
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
    prev = switch_threads (cur, next);
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
