#ifndef THREADS_THREAD_H
#define THREADS_THREAD_H

/* Kernel threads and the scheduler. */

#include <debug.h>
#include <list.h>
#include <stdint.h>
#include "threads/fixed-point.h"

/* States in a thread's life cycle. */
enum thread_status
  {
    THREAD_RUNNING,     /* Running thread. */
    THREAD_READY,       /* Not running but ready to run. */
    THREAD_BLOCKED,     /* Waiting for an event to trigger. */
    THREAD_DYING        /* About to be destroyed. */
  };

/* Thread identifier type. */
typedef int tid_t;
#define TID_ERROR ((tid_t) -1)          /* Error value for tid_t. */

/* Thread priorities. */
#define PRI_MIN 0                       /* Lowest priority. */
#define PRI_DEFAULT 31                  /* Default priority. */
#define PRI_MAX 63                      /* Highest priority. */

/* Nice values, for the 4.4BSD scheduler. */
#define NICE_MIN -20                    /* Most generous to others. */
#define NICE_DEFAULT 0                  /* The initial thread's. */
#define NICE_MAX 20                     /* Least generous. */

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
    tid_t tid;                          /* Thread identifier. */
    enum thread_status status;          /* Thread state. */
    char name[16];                      /* Name (for debugging). */
    uint8_t *stack;                     /* Saved stack pointer. */
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

/* If false (default), use the round-robin/priority scheduler.
   If true, use the multi-level feedback queue scheduler.
   Controlled by the kernel command-line option "-mlfqs". */
extern bool thread_mlfqs;

void thread_init (void);
void thread_start (void);

void thread_tick (void);
void thread_print_stats (void);

typedef void thread_func (void *aux);
tid_t thread_create (const char *name, int priority, thread_func *, void *);

void thread_block (void);
void thread_unblock (struct thread *);

struct thread *thread_current (void);
tid_t thread_tid (void);
const char *thread_name (void);

void thread_exit (void) NO_RETURN;
void thread_yield (void);

/* Performs some operation on thread T, given auxiliary data AUX. */
typedef void thread_action_func (struct thread *t, void *aux);
void thread_foreach (thread_action_func *, void *);
size_t thread_count (void);

int thread_get_priority (void);
void thread_set_priority (int);

/* For synch.c: priority donation and preemption. */
void thread_raise_priority (struct thread *, int priority);
void thread_refresh_priority (struct thread *);
void thread_yield_if_outranked (void);

int thread_get_nice (void);
void thread_set_nice (int);
int thread_get_recent_cpu (void);
int thread_get_load_avg (void);

#endif /* threads/thread.h */
