/* Processes: starting, waiting for and ending them.

   A process is a thread with a struct process (process.h) and a page
   directory.  Everything a process owns hangs off those two and is
   released by process_exit(), which thread_exit() calls for every
   thread; a thread without a struct process (a plain kernel thread)
   is left alone.  The parts live in their own files: exit records in
   exit-record.c, descriptors in fdtable.c, the executable in load.c,
   the first stack in argstack.c, and in a VM build the supplemental
   page table and file mappings in vm/.

   Life of a process:
     1. A parent starts a child in one of two ways, both through
        spawn(): process_execute() (exec()) runs a program, and
        process_fork() (fork()) copies the parent.  The parent
        allocates what the child needs before it can run -- its struct
        process, its exit record (and for exec a copy of the command
        line) -- creates the child thread, then sleeps until the child
        reports whether it is ready.
     2. start_child() in the child builds the address space: load()
        for exec, copy_parent() for fork.  Then it reports back and
        drops into user mode, at the program's entry point or, for a
        fork, where the parent's fork() call returns.
     3. The process ends through process_terminate() (exit(), or the
        kernel killing it), which records the status and calls
        thread_exit(), which calls process_exit().

   Fork.  The parent stays asleep inside its fork() while the child
   copies it, so the child may read the parent's state without a lock:
   its registers (the interrupt frame on the parent's kernel stack,
   user_frame()), its descriptors, its saved FPU registers and its
   pages.  What is shared afterwards and what is copied is decided by
   the owners of each part: open files are shared (fdtable.c), the
   executable too (load.c); memory is copied, eagerly here without VM
   (pagedir_copy()) and copy-on-write with it (vm_fork()).

   A kernel thread that starts processes (the initial thread's `run'
   action) gets a struct process on its first process_execute(), so
   that it can wait like any parent; it is never a user process and
   prints no exit line.  That first call also takes the baseline for
   the leak check (process_check_leaks()).

   Synchronization: a process's struct process is touched by its own
   thread, except the parts vm/ shares with evicting threads under the
   page table's lock (vm/page.c), and a forking parent's, which its
   child reads while the parent sleeps (see Fork above).  No lock is
   held here when a process ends. */

#include "userprog/process.h"
#include <debug.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "devices/timer.h"
#include "filesys/cache.h"
#include "filesys/inode.h"
#include "threads/flags.h"
#include "threads/fpu.h"
#include "threads/interrupt.h"
#include "threads/loader.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/argstack.h"
#include "userprog/exit-record.h"
#include "userprog/fdtable.h"
#include "userprog/load.h"
#include "userprog/pagedir.h"
#include "userprog/tss.h"
#ifdef VM
#include "vm/frame.h"
#include "vm/mmap.h"
#include "vm/swap.h"
#include "vm/vm.h"
#endif

struct start_request;

/* How a new child builds its address space and FRAME, the registers
   it enters user mode with.  Returns true on success; on failure, what
   was built is left for process_exit() to free. */
typedef bool build_func (struct start_request *, struct intr_frame *frame);

/* What a parent hands its new child, on the parent's stack: valid
   until the child ups `done'. */
struct start_request
  {
    build_func *build;          /* load() or copy_parent(). */
    struct process *process;    /* The child's process state. */
    struct semaphore done;      /* Upped when BUILD has run. */
    bool ready;                 /* Did BUILD succeed? */
    char *cmd_line;             /* exec: command line, in its own page. */
    struct thread *parent;      /* fork: the parent, asleep meanwhile. */
  };

/* Resources that processes take and must give back, as the leak check
   measures them: the pools by what is free, the rest by what is in
   use. */
struct usage
  {
    size_t kernel_free;         /* Kernel pool pages free. */
    size_t user_free;           /* User pool pages free. */
    size_t heap_blocks;         /* malloc() blocks not freed. */
#ifdef VM
    size_t swap_slots;          /* Swap slots in use. */
    size_t frames;              /* Frame-table entries in use. */
#endif
  };

/* Usage when the first process was about to start. */
static struct usage baseline;
static bool baseline_taken;

static struct process *process_create (struct exit_record *);
static struct process *caller_process (void);
static void process_free (struct process *);
static void free_address_space (void);
static tid_t spawn (struct process *parent, const char *name,
                    struct start_request *);
static void start_child (void *req) NO_RETURN;
static size_t service_thread_cnt (void);

static build_func load, copy_parent;
static void enter_user_mode (struct intr_frame *) NO_RETURN;
static void measure (struct usage *);

/* Starts a new process running CMD_LINE: the first space-separated
   word names the program, the rest are its arguments.  Returns the
   new process's tid once it has loaded, or TID_ERROR if it could not
   be started or loaded.  The caller becomes its parent and may
   process_wait() for it. */
tid_t
process_execute (const char *cmd_line)
{
  struct process *parent = caller_process ();
  struct start_request req;
  char name[sizeof thread_current ()->name];
  tid_t tid = TID_ERROR;

  if (parent == NULL)
    return TID_ERROR;
  req.build = load;
  req.cmd_line = palloc_get_page (0);
  req.parent = NULL;
  if (req.cmd_line != NULL
      && strlcpy (req.cmd_line, cmd_line, PGSIZE) < PGSIZE)
    {
      /* The thread is named after the program, cut to fit. */
      strlcpy (name, cmd_line + strspn (cmd_line, " "), sizeof name);
      name[strcspn (name, " ")] = '\0';
      if (name[0] != '\0')
        tid = spawn (parent, name, &req);
    }
  palloc_free_page (req.cmd_line);
  return tid;
}

/* Starts a copy of the running user process, as fork() does: the
   same memory, registers, open files (shared with it), current
   directory and FPU registers.  Returns the child's tid once the copy
   is complete, or TID_ERROR if memory is short.  In the child, the
   fork() call returns 0.  The caller is the child's parent. */
tid_t
process_fork (void)
{
  struct thread *t = thread_current ();
  struct start_request req;

  ASSERT (t->process != NULL && t->process->is_user);
  req.build = copy_parent;
  req.cmd_line = NULL;
  req.parent = t;
  return spawn (t->process, t->name, &req);
}

/* Creates the child that REQ describes (its `build' and what that
   reads), as a thread called NAME, and sleeps until the child is
   ready or has failed.  On success PARENT gets the child's exit
   record and the child's tid is returned; otherwise TID_ERROR, and
   nothing of the child is left: either it was never created, or it
   frees what it took as it exits. */
static tid_t
spawn (struct process *parent, const char *name, struct start_request *req)
{
  struct exit_record *record = exit_record_create ();
  tid_t tid;

  req->process = process_create (record);
  if (record == NULL || req->process == NULL)
    goto fail;

  /* A child starts in its parent's current directory. */
  req->process->cwd = inode_reopen (parent->cwd);

  sema_init (&req->done, 0);
  tid = thread_create (name, PRI_DEFAULT, start_child, req);
  if (tid == TID_ERROR)
    goto fail;

  /* The child now owns req->process and one reference to RECORD, and
     lets go of both when it exits, ready or not. */
  sema_down (&req->done);
  if (!req->ready)
    {
      exit_record_release (record);
      return TID_ERROR;
    }
  record->tid = tid;
  list_push_back (&parent->children, &record->elem);
  return tid;

 fail:
  if (req->process != NULL)
    process_free (req->process);
  free (record);
  return TID_ERROR;
}

/* Waits for child TID to exit and returns its exit status: the value
   it passed to exit(), or -1 if the kernel killed it.  Returns -1 at
   once if TID is not a child of the caller, or was already waited
   for. */
int
process_wait (tid_t tid)
{
  struct process *p = thread_current ()->process;
  struct exit_record *record;
  int status;

  if (p == NULL)
    return -1;
  record = exit_record_find (&p->children, tid);
  if (record == NULL)
    return -1;

  list_remove (&record->elem);
  sema_down (&record->exited);
  status = record->status;
  exit_record_release (record);
  return status;
}

/* Ends the running process with STATUS: the exit status its parent
   sees, and the one printed in its exit line.  The caller must hold
   no locks. */
void
process_terminate (int status)
{
  struct process *p = thread_current ()->process;

  ASSERT (p != NULL);
  p->exit_status = status;
  thread_exit ();
}

/* Releases everything the running thread's process owns.  Called by
   thread_exit() for every thread; does nothing for a kernel thread
   that never started a process.

   The parent is told last, after the memory is free, so that a parent
   that starts another child at once finds the memory this one used. */
void
process_exit (void)
{
  struct thread *t = thread_current ();
  struct process *p = t->process;
  struct exit_record *record;

  if (p == NULL)
    return;

  if (p->is_user)
    printf ("%s: exit(%d)\n", t->name, p->exit_status);
  free_address_space ();
  fpu_context_destroy ();

  record = p->record;
  if (record != NULL)
    record->status = p->exit_status;
  t->process = NULL;
  process_free (p);

  if (record != NULL)
    {
      sema_up (&record->exited);
      exit_record_release (record);
    }
}

/* Checks that processes gave back everything they took.  Once no
   thread is left but the caller, the idle thread and the kernel's
   service threads (the buffer cache's), compares what is
   in use with the baseline taken when the first process started, and
   prints

     Leaked pages: K kernel, U user; H heap blocks

   followed in a VM build by ", S swap slots, F frames".  A test's
   check requires every number to be 0.  If some process is still
   running a second later (an orphan in an endless loop, say), prints
   that the check was skipped instead.  Does nothing if no process was
   ever started. */
void
process_check_leaks (void)
{
  struct usage now;
  char line[128];
  int tries;

  if (!baseline_taken)
    return;

  for (tries = 0; thread_count () > 2 + service_thread_cnt (); tries++)
    {
      if (tries == TIMER_FREQ)
        {
          printf ("Leaked pages: not checked, processes still running\n");
          return;
        }
      timer_sleep (1);
    }

  /* One printf for the whole line, so that no other thread's line
     (the -vmtrace thread's, say) can land in the middle of it. */
  measure (&now);
  snprintf (line, sizeof line,
            "Leaked pages: %d kernel, %d user; %d heap blocks",
            (int) (baseline.kernel_free - now.kernel_free),
            (int) (baseline.user_free - now.user_free),
            (int) (now.heap_blocks - baseline.heap_blocks));
#ifdef VM
  snprintf (line + strlen (line), sizeof line - strlen (line),
            ", %d swap slots, %d frames",
            (int) (now.swap_slots - baseline.swap_slots),
            (int) (now.frames - baseline.frames));
#endif
  printf ("%s\n", line);
}

/* Returns how many threads run for the whole life of the kernel
   besides the initial and idle threads: the buffer cache's, and in
   the VM build the -vmtrace thread if there is one. */
static size_t
service_thread_cnt (void)
{
  size_t cnt = CACHE_THREAD_CNT;

#ifdef VM
  cnt += vm_thread_cnt ();
#endif
  return cnt;
}

/* Frees the running process's address space, whatever of it was
   built: file mappings (written back), pages with their frames or
   swap slots, the page directory, and the executable.  Pages go while
   the directory still exists, since freeing a page clears its entry.
   Calling it again does nothing. */
static void
free_address_space (void)
{
  struct thread *t = thread_current ();
  struct process *p = t->process;
  uint32_t *pd = t->pagedir;

#ifdef VM
  if (p->spt.pd != NULL)
    {
      mmap_unmap_all ();
      spt_destroy (&p->spt);
      p->spt.pd = NULL;
    }
#endif

  /* Stop translating through our directory before freeing it. */
  t->pagedir = NULL;
  pagedir_activate (NULL);
  pagedir_destroy (pd);

  program_close (p->program);
  p->program = NULL;
}

/* Makes the running thread's address space the CPU's, and points the
   TSS at its kernel stack.  Called on every context switch, with
   interrupts off. */
void
process_activate (void)
{
  pagedir_activate (thread_current ()->pagedir);
  tss_update ();
}

/* Stores in *U what is in use, or free, now. */
static void
measure (struct usage *u)
{
  u->kernel_free = palloc_count_free (0);
  u->user_free = palloc_count_free (PAL_USER);
  u->heap_blocks = malloc_count_blocks ();
#ifdef VM
  u->swap_slots = swap_used ();
  u->frames = frame_used ();
#endif
}

/* Returns a new struct process, not yet running a program, that will
   report its exit through RECORD (may be null); or null if out of
   memory. */
static struct process *
process_create (struct exit_record *record)
{
  struct process *p = calloc (1, sizeof *p);

  if (p == NULL)
    return NULL;
  p->exit_status = -1;
  p->record = record;
  list_init (&p->children);
#ifdef VM
  list_init (&p->mappings);
  p->next_mapid = 1;
  p->user_esp = PHYS_BASE;
#endif
  return p;
}

/* Returns the running thread's process, first creating one for a
   kernel thread that has none.  Returns null if out of memory. */
static struct process *
caller_process (void)
{
  struct thread *t = thread_current ();

  if (t->process == NULL)
    {
      t->process = process_create (NULL);
      if (t->process != NULL && !baseline_taken)
        {
          measure (&baseline);
          baseline_taken = true;
        }
    }
  return t->process;
}

/* Closes P's files, lets go of its children's exit records, and frees
   P.  Does not touch P's own record. */
static void
process_free (struct process *p)
{
  fd_close_all (p);
  inode_close (p->cwd);
  while (!list_empty (&p->children))
    {
      struct list_elem *e = list_pop_front (&p->children);
      exit_record_release (list_entry (e, struct exit_record, elem));
    }
  free (p);
}

/* The first code a new process's thread runs: builds what REQ_ asks
   for, reports to the parent, and enters user mode. */
static void
start_child (void *req_)
{
  struct start_request *req = req_;
  struct thread *t = thread_current ();
  struct intr_frame frame;
  bool ready;

  t->process = req->process;
  ready = req->build (req, &frame);
  t->process->is_user = ready;

  /* A failed build may have taken many pages (a huge BSS, say, or
     half a copy); they are freed before the parent hears, so that
     whatever it does next finds the memory free. */
  if (!ready)
    free_address_space ();

  /* The parent may free REQ as soon as it wakes. */
  req->ready = ready;
  sema_up (&req->done);

  if (!ready)
    thread_exit ();
  enter_user_mode (&frame);
}

/* build_func for exec: builds the running thread's address space for
   the command line in REQ (which it cuts into words) and fills in
   FRAME to start the program. */
static bool
load (struct start_request *req, struct intr_frame *frame)
{
  struct thread *t = thread_current ();
  struct process *p = t->process;
  char *cmd_line = req->cmd_line;
  size_t argc, strings_size;

  t->pagedir = pagedir_create ();
  if (t->pagedir == NULL)
    return false;
#ifdef VM
  if (!spt_init (&p->spt, t->pagedir))
    return false;
#endif
  process_activate ();
  if (!fpu_context_create ())
    return false;

  argc = argstack_cut (cmd_line, &strings_size);
  memset (frame, 0, sizeof *frame);
  frame->gs = frame->fs = frame->es = frame->ds = frame->ss = SEL_UDSEG;
  frame->cs = SEL_UCSEG;
  frame->eflags = FLAG_IF | FLAG_MBS;
  p->program = program_load (cmd_line + strspn (cmd_line, " "),
                             &frame->eip);
  return (p->program != NULL
          && argstack_build (cmd_line, argc, strings_size, &frame->esp));
}

/* Returns the user registers of thread T, which must be inside a
   system call: the frame that the CPU and intr-stubs.S pushed on
   entry from user mode.  Entering from user mode starts on an empty
   kernel stack, whose top the TSS puts at the end of T's page
   (tss.c), so the frame is the last thing in that page. */
static struct intr_frame *
user_frame (struct thread *t)
{
  uint8_t *stack_top = (uint8_t *) t + PGSIZE;
  struct intr_frame *frame = (struct intr_frame *) stack_top - 1;

  ASSERT (frame->cs == SEL_UCSEG);
  return frame;
}

/* build_func for fork: makes the running process a copy of
   REQ->parent, which sleeps in fork() until we are done, and FRAME a
   copy of the parent's registers, except that fork() returns 0 here.
   Descriptors and the executable are shared with the parent, the
   memory copied (see the top of the file). */
static bool
copy_parent (struct start_request *req, struct intr_frame *frame)
{
  struct thread *t = thread_current ();
  struct process *p = t->process;
  struct process *parent = req->parent->process;

  *frame = *user_frame (req->parent);
  frame->eax = 0;
  fd_inherit (parent);
  p->program = program_share (parent->program);
  p->heap_start = parent->heap_start;
  p->brk = parent->brk;

  t->pagedir = pagedir_create ();
  if (t->pagedir == NULL)
    return false;
  process_activate ();
  if (!fpu_context_inherit (req->parent))
    return false;
#ifdef VM
  p->next_mapid = parent->next_mapid;
  p->user_esp = parent->user_esp;
  return spt_init (&p->spt, t->pagedir) && vm_fork (p, parent);
#else
  return pagedir_copy (t->pagedir, req->parent->pagedir);
#endif
}

/* Starts user code by "returning" from the interrupt that FRAME
   describes. */
static void
enter_user_mode (struct intr_frame *frame)
{
  asm volatile ("movl %0, %%esp; jmp intr_exit" : : "g" (frame) : "memory");
  NOT_REACHED ();
}
