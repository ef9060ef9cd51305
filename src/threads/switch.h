#ifndef THREADS_SWITCH_H
#define THREADS_SWITCH_H

/* Context switch, in switch.S.  The layouts below are the stack frames
   that switch_threads() expects to find on a thread's stack, which is
   how thread_create() makes a brand-new thread look like one that was
   switched away from. */

#ifndef __ASSEMBLER__
/* The frame switch_threads() saves and restores. */
struct switch_threads_frame
  {
    uint32_t edi;               /*  0: Saved %edi. */
    uint32_t esi;               /*  4: Saved %esi. */
    uint32_t ebp;               /*  8: Saved %ebp. */
    uint32_t ebx;               /* 12: Saved %ebx. */
    void (*eip) (void);         /* 16: Return address. */
    struct thread *cur;         /* 20: switch_threads()'s CUR argument. */
    struct thread *next;        /* 24: switch_threads()'s NEXT argument. */
  };

/* Switches from CUR, which must be the running thread, to NEXT, which
   must also be running switch_threads(), returning CUR in NEXT's
   context. */
struct thread *switch_threads (struct thread *cur, struct thread *next);

/* The frame a new thread's first switch returns into. */
struct switch_entry_frame
  {
    void (*eip) (void);
  };

void switch_entry (void);

/* Offset of `stack' within struct thread, for switch.S. */
extern const uint32_t thread_stack_ofs;
#endif

/* Offsets of the arguments in struct switch_threads_frame. */
#define SWITCH_CUR      20
#define SWITCH_NEXT     24

#endif /* threads/switch.h */
