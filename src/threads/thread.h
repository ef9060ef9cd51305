#ifndef THREADS_THREAD_H
#define THREADS_THREAD_H

/* Kernel threads and the scheduler. */

#include <debug.h>
#include <list.h>
#include <stdint.h>
#include "threads/fixed-point.h"

/* A thread is named by a tid: a positive number, unique for as long as
   the kernel runs (tids are never reused).  thread_create() returns
   TID_ERROR when it cannot make a thread. */
typedef int tid_t;
#define TID_ERROR ((tid_t) -1)

/* The scheduler's priority range; bigger numbers run first.  New
   threads usually take the middle value. */
#define PRI_MIN 0
#define PRI_DEFAULT 31
#define PRI_MAX 63

/* The range of nice values, which only the 4.4BSD scheduler (-mlfqs)
   looks at.  A positive value makes a thread yield more of the CPU to
   others, a negative one less; "main" starts at NICE_DEFAULT and every
   other thread starts at its creator's value. */
#define NICE_MIN -20
#define NICE_DEFAULT 0
#define NICE_MAX 20

/* A thread's state.  thread_create() builds a thread blocked and then
   unblocks it; from there it moves between READY (waiting in a ready
   queue), RUNNING (on the CPU; exactly one thread is) and BLOCKED
   (asleep until someone calls thread_unblock()), until thread_exit()
   leaves it DYING for the next thread to free. */
enum thread_status
  {
    THREAD_RUNNING,
    THREAD_READY,
    THREAD_BLOCKED,
    THREAD_DYING
  };

/* A kernel thread or user process.

   Each thread owns one 4 kB page.  The struct sits at the bottom of the
   page and the thread's kernel stack grows down from the top:

        4 kB +---------------------------------+
             |          kernel stack           |
             |                |                |
             |                V                |
             |         grows downward          |
             |                                 |
             +---------------------------------+
             |              magic              |
             |               ...               |
             |              name               |
             |             status              |
        0 kB +---------------------------------+

   Two consequences.  struct thread must stay small, and kernel code
   must not put large arrays on the stack: a stack that grows into the
   struct overwrites `magic', which thread_current() checks, so an
   overflow is caught by an assertion rather than silently corrupting
   the thread.

   `elem' serves two lists that a thread is never on at once: a ready
   queue while THREAD_READY, and a wait list (semaphore, sleep queue)
   while THREAD_BLOCKED.

   `priority' is what the scheduler looks at.  Under the priority
   scheduler it is the higher of `base_priority' and the priorities
   donated through the locks in `held_locks' (see synch.c); under the
   4.4BSD scheduler (-mlfqs) it is computed from `nice' and
   `recent_cpu', and the donation fields go unused. */
struct thread
  {
    /* Owned by thread.c. */
    tid_t tid;
    enum thread_status status;
    char name[16];                      /* For messages and debuggers. */
    uint8_t *stack;                     /* Saved while off the CPU. */
    int priority;                       /* Effective priority. */
    int base_priority;                  /* Priority before donations. */
    int nice;                           /* -mlfqs: NICE_MIN..NICE_MAX. */
    fixed_t recent_cpu;                 /* -mlfqs: decayed CPU use. */
    struct list_elem allelem;           /* Element in the all-threads list. */

    /* Owned by synch.c. */
    struct list held_locks;             /* Locks this thread holds. */
    struct lock *waiting_lock;          /* Lock it is blocked on, or NULL. */

    /* Shared between thread.c and synch.c. */
    struct list_elem elem;              /* Ready queue or a wait list. */

#ifdef USERPROG
    /* Owned by userprog/process.c. */
    uint32_t *pagedir;                  /* Page directory, or NULL. */
    struct process *process;            /* Process state, or NULL. */
#endif

    /* Owned by threads/fpu.c. */
    struct fpu_context *fpu;            /* User FPU registers, or NULL. */

    /* Owned by thread.c. */
    unsigned magic;                     /* Detects stack overflow. */
  };

/* Which scheduler chooses priorities: false for the priority scheduler
   with donation, true for the 4.4BSD scheduler.  init.c sets it from
   the "-mlfqs" option before thread_init(), and it never changes. */
extern bool thread_mlfqs;

/* Boot: thread_init() makes the running code the thread "main" (and must
   come before anything that takes a lock); thread_start() adds the idle
   thread and turns on interrupts, and with them preemption. */
void thread_init (void);
void thread_start (void);

/* Called by the timer interrupt on each tick. */
void thread_tick (void);

/* Prints the "Thread:" line of the power-off statistics. */
void thread_print_stats (void);

/* The body of a kernel thread: thread_create()'s FUNCTION, called with
   its AUX.  Returning from it ends the thread. */
typedef void thread_func (void *aux);
tid_t thread_create (const char *name, int priority, thread_func *, void *);
void thread_exit (void) NO_RETURN;

/* The running thread, and what it can ask about itself. */
struct thread *thread_current (void);
tid_t thread_tid (void);
const char *thread_name (void);
void thread_yield (void);

/* The primitives under synch.h: putting the running thread to sleep
   and making a sleeping thread ready again. */
void thread_block (void);
void thread_unblock (struct thread *);

/* Visiting every thread.  ACTION gets each thread T in turn, with the
   AUX given to thread_foreach(). */
typedef void thread_action_func (struct thread *t, void *aux);
void thread_foreach (thread_action_func *, void *);
size_t thread_count (void);

/* Priority scheduler: thread_set_priority() changes the running
   thread's base priority, thread_get_priority() reports its effective
   priority, donations included. */
int thread_get_priority (void);
void thread_set_priority (int);

/* For synch.c: priority donation and preemption. */
void thread_raise_priority (struct thread *, int priority);
void thread_refresh_priority (struct thread *);
void thread_yield_if_outranked (void);

/* 4.4BSD scheduler: the running thread's nice value, and the two
   averages behind every priority, each reported as 100 times its value,
   rounded. */
int thread_get_nice (void);
void thread_set_nice (int);
int thread_get_recent_cpu (void);
int thread_get_load_avg (void);

#endif /* threads/thread.h */
