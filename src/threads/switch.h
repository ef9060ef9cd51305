#ifndef THREADS_SWITCH_H
#define THREADS_SWITCH_H

/* The context switch (switch.S) and the stack layout it shares with C.

   A thread that is not running is stopped inside switch_threads(), and
   its struct thread's `stack' member points at what that call left on
   its stack: a struct switch_threads_frame.  thread_create() writes the
   same frame by hand at the top of a new thread's stack, so the first
   switch into a thread is an ordinary one that merely returns
   somewhere else: to switch_entry(), which finishes the switch and goes
   on into the thread's function (see struct first_run_stack in
   thread.c).

   The offsets below are shared with switch.S, which cannot see C
   structs; the assertions under the struct keep the two in step. */

/* Where switch_threads()'s two arguments lie, in bytes above the stack
   pointer it saves: past the four registers it pushes and the return
   address its caller pushed. */
#define SWITCH_CUR      20
#define SWITCH_NEXT     24

#ifndef __ASSEMBLER__
#include <stddef.h>
#include <stdint.h>

struct thread;

/* The stack of a thread stopped in switch_threads(), lowest address
   first.  The registers are the ones the i386 C calling convention
   makes a callee preserve, in the order switch.S pops them;
   utils/gdb-macros relies on that order to walk a stopped thread's
   stack, so keep it. */
struct switch_threads_frame
  {
    uint32_t edi, esi, ebp, ebx;        /* Pushed by switch_threads(). */
    void (*eip) (void);                 /* Where it will return to. */
    struct thread *cur, *next;          /* Its arguments. */
  };

_Static_assert (offsetof (struct switch_threads_frame, cur) == SWITCH_CUR,
                "switch.S finds CUR at SWITCH_CUR");
_Static_assert (offsetof (struct switch_threads_frame, next) == SWITCH_NEXT,
                "switch.S finds NEXT at SWITCH_NEXT");

/* Stops CUR, which must be the running thread, and resumes NEXT, which
   must be stopped in switch_threads() too.  Returns, in NEXT, the thread
   that ran before it, which is CUR as seen from NEXT's side. */
struct thread *switch_threads (struct thread *cur, struct thread *next);

/* The return address of a thread that has never run.  It completes the
   switch through thread_schedule_tail() and returns into the thread's
   first function. */
void switch_entry (void);

/* Completes every switch into the thread now running, from PREV (NULL
   if there was no switch).  Defined in thread.c; switch_entry() calls
   it, and so does the scheduler after switch_threads() returns. */
void thread_schedule_tail (struct thread *prev);

/* Where `stack' lies within struct thread, for switch.S. */
extern const uint32_t thread_stack_ofs;
#endif

#endif /* threads/switch.h */
