/* User processes: starting, loading, waiting for and ending them.

   A process is a thread with a `struct process' (below) and a page
   directory.  Everything a process owns hangs off those two and is
   released by process_exit(), which thread_exit() calls for every
   thread; a thread without a `struct process' (a plain kernel thread)
   is left alone.

   Life of a process:
     1. process_execute() in the parent allocates everything the child
        needs that could fail to allocate -- its struct process, its
        exit record, a copy of the command line -- and creates the
        child thread, then sleeps until the child reports whether its
        program loaded.
     2. start_process() in the child builds the address space: the ELF
        segments (load_elf()) and the stack with the arguments
        (setup_stack()), reports back, and drops into user mode.
     3. The process ends through process_terminate() (exit(), or the
        kernel killing it), which records the status and calls
        thread_exit(), which calls process_exit().

   Exit records.  A parent learns a child's exit status through a
   `struct exit_record' shared by the two.  Either may end first, so
   the record is reference counted: one reference for the parent (held
   while the child is on its `children' list) and one for the child
   (held until it exits).  The last to let go frees it.  A parent gets a
   child's status at most once, since waiting removes the record from
   its list.

   A kernel thread that starts processes (the initial thread's `run'
   action) gets a struct process on its first process_execute(), so
   that it can wait like any parent; it is never a user process and
   prints no exit line.

   Synchronization.  A process's `children' list and file table are
   touched only by its own thread.  Exit records' reference counts are
   changed with interrupts off, a critical section of two
   instructions; the `exited' semaphore orders the child's writing of
   its status before the parent's reading it.  File system calls are
   made holding fs_lock (syscall.c), which is taken before the console
   lock inside printf() and is never held while touching user memory
   or when a process ends. */

#include "userprog/process.h"
#include <debug.h>
#include <list.h>
#include <round.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "devices/timer.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/flags.h"
#include "threads/fpu.h"
#include "threads/interrupt.h"
#include "threads/loader.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/pagedir.h"
#include "userprog/syscall.h"
#include "userprog/tss.h"

/* First descriptor handed out for files; 0 and 1 are the console. */
#define FD_FIRST 2

/* How a child's exit status reaches its parent.  See the top of the
   file. */
struct exit_record
  {
    tid_t tid;                  /* The child's tid. */
    int status;                 /* Exit status, once `exited' is up. */
    struct semaphore exited;    /* Upped once when the child is gone. */
    int refs;                   /* Holders left (interrupts off). */
    struct list_elem elem;      /* In the parent's `children'. */
  };

/* Per-process state, reached through thread_current ()->process. */
struct process
  {
    bool is_user;               /* Running a user program? */
    int exit_status;            /* Reported to the parent at exit. */
    struct exit_record *record; /* Our record, or null for no parent. */
    struct list children;       /* Exit records of our children. */
    struct file *executable;    /* Our program, write-denied. */
    struct file *files[PROCESS_OPEN_MAX];   /* Open files by fd - 2. */
  };

/* What a parent hands its new child, on the parent's stack: valid
   until the child ups `done'. */
struct exec_request
  {
    char *cmd_line;             /* Command line, in its own page. */
    struct process *process;    /* The child's process state. */
    struct semaphore done;      /* Upped when loading ends. */
    bool loaded;                /* Did it succeed? */
  };

/* Free pages in the kernel and user pools when the first process was
   about to start; see process_check_leaks(). */
static size_t baseline_kernel_free, baseline_user_free;
static bool baseline_taken;

static struct process *process_create (struct exit_record *);
static struct process *caller_process (void);
static void process_free (struct process *);
static struct exit_record *record_create (void);
static void record_release (struct exit_record *);
static void start_process (void *req) NO_RETURN;
static bool load (char *cmd_line, struct intr_frame *);
static void enter_user_mode (struct intr_frame *) NO_RETURN;
static bool load_elf (const char *file_name, void (**entry) (void));
static size_t cut_words (char *line, size_t *strings_size);
static bool setup_stack (char *cmd_line, size_t argc, size_t strings_size,
                         void **esp);

/* Starts a new process running CMD_LINE: the first space-separated
   word names the program, the rest are its arguments.  Returns the
   new process's tid once it has loaded, or TID_ERROR if it could not
   be started or loaded.  The caller becomes its parent and may
   process_wait() for it. */
tid_t
process_execute (const char *cmd_line)
{
  struct process *parent = caller_process ();
  struct exit_record *record = record_create ();
  struct exec_request req;
  char name[sizeof thread_current ()->name];
  tid_t tid;

  req.cmd_line = palloc_get_page (0);
  req.process = process_create (record);
  if (parent == NULL || record == NULL || req.cmd_line == NULL
      || req.process == NULL
      || strlcpy (req.cmd_line, cmd_line, PGSIZE) >= PGSIZE)
    goto fail;

  /* The thread is named after the program, cut to fit. */
  strlcpy (name, cmd_line + strspn (cmd_line, " "), sizeof name);
  name[strcspn (name, " ")] = '\0';
  if (name[0] == '\0')
    goto fail;

  sema_init (&req.done, 0);
  tid = thread_create (name, PRI_DEFAULT, start_process, &req);
  if (tid == TID_ERROR)
    goto fail;

  /* The child now owns req.process and one reference to RECORD, and
     lets go of both when it exits, loaded or not. */
  sema_down (&req.done);
  palloc_free_page (req.cmd_line);
  if (!req.loaded)
    {
      record_release (record);
      return TID_ERROR;
    }
  record->tid = tid;
  list_push_back (&parent->children, &record->elem);
  return tid;

 fail:
  if (req.process != NULL)
    process_free (req.process);
  free (record);
  palloc_free_page (req.cmd_line);
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
  struct exit_record *record = NULL;
  struct list_elem *e;
  int status;

  if (p == NULL)
    return -1;

  for (e = list_begin (&p->children); e != list_end (&p->children);
       e = list_next (e))
    if (list_entry (e, struct exit_record, elem)->tid == tid)
      {
        record = list_entry (e, struct exit_record, elem);
        break;
      }
  if (record == NULL)
    return -1;

  list_remove (&record->elem);
  sema_down (&record->exited);
  status = record->status;
  record_release (record);
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
  ASSERT (!lock_held_by_current_thread (&fs_lock));

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
  uint32_t *pd;

  if (p == NULL)
    return;

  if (p->is_user)
    printf ("%s: exit(%d)\n", t->name, p->exit_status);

  /* Stop translating through our directory before freeing it. */
  pd = t->pagedir;
  t->pagedir = NULL;
  pagedir_activate (NULL);
  pagedir_destroy (pd);
  fpu_context_destroy ();

  record = p->record;
  if (record != NULL)
    record->status = p->exit_status;
  t->process = NULL;
  process_free (p);

  if (record != NULL)
    {
      sema_up (&record->exited);
      record_release (record);
    }
}

/* Checks that every page used by processes has been freed.  Once no
   thread is left but the caller and the idle thread, compares the
   free-page counts with those taken when the first process started
   and prints

     Leaked pages: K kernel, U user

   which a test's check requires to read 0 and 0.  If some process is
   still running a second later (an orphan in an endless loop, say),
   prints that the check was skipped instead.  Does nothing if no
   process was ever started. */
void
process_check_leaks (void)
{
  int tries;

  if (!baseline_taken)
    return;

  for (tries = 0; thread_count () > 2; tries++)
    {
      if (tries == TIMER_FREQ)
        {
          printf ("Leaked pages: not checked, processes still running\n");
          return;
        }
      timer_sleep (1);
    }
  printf ("Leaked pages: %d kernel, %d user\n",
          (int) (baseline_kernel_free - palloc_count_free (0)),
          (int) (baseline_user_free - palloc_count_free (PAL_USER)));
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

/* Adds FILE to the running process's descriptor table and returns its
   new descriptor, or -1 if the table is full (the caller still owns
   FILE then). */
int
process_fd_install (struct file *file)
{
  struct process *p = thread_current ()->process;
  int i;

  ASSERT (file != NULL);

  for (i = 0; i < PROCESS_OPEN_MAX; i++)
    if (p->files[i] == NULL)
      {
        p->files[i] = file;
        return i + FD_FIRST;
      }
  return -1;
}

/* Returns the file open as FD in the running process, or null if FD is
   not a file descriptor that is open there. */
struct file *
process_fd_get (int fd)
{
  struct process *p = thread_current ()->process;

  if (fd < FD_FIRST || fd >= FD_FIRST + PROCESS_OPEN_MAX)
    return NULL;
  return p->files[fd - FD_FIRST];
}

/* Removes FD from the running process's descriptor table and returns
   the file it was open on, which the caller must close; or null if FD
   was not open. */
struct file *
process_fd_release (int fd)
{
  struct file *file = process_fd_get (fd);

  if (file != NULL)
    thread_current ()->process->files[fd - FD_FIRST] = NULL;
  return file;
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
          baseline_kernel_free = palloc_count_free (0);
          baseline_user_free = palloc_count_free (PAL_USER);
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
  int i;

  lock_acquire (&fs_lock);
  for (i = 0; i < PROCESS_OPEN_MAX; i++)
    file_close (p->files[i]);
  file_close (p->executable);
  lock_release (&fs_lock);

  while (!list_empty (&p->children))
    {
      struct list_elem *e = list_pop_front (&p->children);
      record_release (list_entry (e, struct exit_record, elem));
    }
  free (p);
}

/* Returns a new exit record held by both a parent and a child, or null
   if out of memory. */
static struct exit_record *
record_create (void)
{
  struct exit_record *record = malloc (sizeof *record);

  if (record == NULL)
    return NULL;
  record->tid = TID_ERROR;
  record->status = -1;
  sema_init (&record->exited, 0);
  record->refs = 2;
  return record;
}

/* Drops one reference to RECORD, freeing it if that was the last. */
static void
record_release (struct exit_record *record)
{
  enum intr_level old_level;
  bool last;

  /* Parent and child may let go at the same moment. */
  old_level = intr_disable ();
  last = --record->refs == 0;
  intr_set_level (old_level);

  if (last)
    free (record);
}

/* The first code a new process's thread runs: loads the program that
   REQ_ names, reports to the parent, and starts it. */
static void
start_process (void *req_)
{
  struct exec_request *req = req_;
  struct thread *t = thread_current ();
  struct intr_frame frame;
  bool loaded;

  t->process = req->process;
  loaded = load (req->cmd_line, &frame);
  t->process->is_user = loaded;

  /* The parent may free REQ as soon as it wakes. */
  req->loaded = loaded;
  sema_up (&req->done);

  if (!loaded)
    thread_exit ();
  enter_user_mode (&frame);
}

/* Builds the running thread's address space for CMD_LINE (which it
   modifies) and fills in FRAME to start the program.  Returns true on
   success.  On failure, whatever was built is freed by
   process_exit(). */
static bool
load (char *cmd_line, struct intr_frame *frame)
{
  struct thread *t = thread_current ();
  size_t argc, strings_size;
  const char *file_name;

  t->pagedir = pagedir_create ();
  if (t->pagedir == NULL)
    return false;
  process_activate ();
  if (!fpu_context_create ())
    return false;

  argc = cut_words (cmd_line, &strings_size);
  file_name = cmd_line + strspn (cmd_line, " ");

  memset (frame, 0, sizeof *frame);
  frame->gs = frame->fs = frame->es = frame->ds = frame->ss = SEL_UDSEG;
  frame->cs = SEL_UCSEG;
  frame->eflags = FLAG_IF | FLAG_MBS;
  return (load_elf (file_name, &frame->eip)
          && setup_stack (cmd_line, argc, strings_size, &frame->esp));
}

/* Starts user code by "returning" from the interrupt that FRAME
   describes. */
static void
enter_user_mode (struct intr_frame *frame)
{
  asm volatile ("movl %0, %%esp; jmp intr_exit" : : "g" (frame) : "memory");
  NOT_REACHED ();
}

/* ELF loading.

   We accept static 32-bit little-endian i386 executables only.  Every
   field we rely on is checked before it is used, since the file is
   user data: a malformed file makes the load fail, never the kernel.
   The types and constants follow the ELF specification. */

typedef uint32_t Elf32_Word, Elf32_Addr, Elf32_Off;
typedef uint16_t Elf32_Half;

/* ELF file header. */
struct Elf32_Ehdr
  {
    unsigned char e_ident[16];
    Elf32_Half e_type;
    Elf32_Half e_machine;
    Elf32_Word e_version;
    Elf32_Addr e_entry;
    Elf32_Off e_phoff;
    Elf32_Off e_shoff;
    Elf32_Word e_flags;
    Elf32_Half e_ehsize;
    Elf32_Half e_phentsize;
    Elf32_Half e_phnum;
    Elf32_Half e_shentsize;
    Elf32_Half e_shnum;
    Elf32_Half e_shstrndx;
  };

/* ELF program header. */
struct Elf32_Phdr
  {
    Elf32_Word p_type;
    Elf32_Off p_offset;
    Elf32_Addr p_vaddr;
    Elf32_Addr p_paddr;
    Elf32_Word p_filesz;
    Elf32_Word p_memsz;
    Elf32_Word p_flags;
    Elf32_Word p_align;
  };

/* e_ident[] bytes and e_* values we require. */
#define ELFCLASS32 1            /* e_ident[4]: 32-bit objects. */
#define ELFDATA2LSB 1           /* e_ident[5]: little-endian. */
#define EV_CURRENT 1            /* e_ident[6] and e_version. */
#define ET_EXEC 2               /* e_type: executable. */
#define EM_386 3                /* e_machine: Intel 80386. */

/* Program header types that matter to us. */
#define PT_LOAD 1               /* Loadable segment. */
#define PT_DYNAMIC 2            /* Dynamic linking: refused. */
#define PT_INTERP 3             /* Program interpreter: refused. */
#define PT_SHLIB 5              /* Reserved: refused. */

/* p_flags bits. */
#define PF_W 2                  /* Writable. */

/* Most program headers we accept: a page of them, far more than any
   real static executable has. */
#define PHNUM_MAX (PGSIZE / sizeof (struct Elf32_Phdr))

/* True if the LEN bytes at file offset OFS lie within a file of
   FILE_LEN bytes, without overflow. */
static bool
within_file (uint32_t ofs, uint32_t len, off_t file_len)
{
  return ofs <= (uint32_t) file_len && len <= (uint32_t) file_len - ofs;
}

/* True if EHDR is the header of an executable we can run, in a file
   of FILE_LEN bytes. */
static bool
ehdr_valid (const struct Elf32_Ehdr *ehdr, off_t file_len)
{
  static const unsigned char ident[7] =
    { 0x7f, 'E', 'L', 'F', ELFCLASS32, ELFDATA2LSB, EV_CURRENT };

  return (memcmp (ehdr->e_ident, ident, sizeof ident) == 0
          && ehdr->e_type == ET_EXEC
          && ehdr->e_machine == EM_386
          && ehdr->e_version == EV_CURRENT
          && ehdr->e_phentsize == sizeof (struct Elf32_Phdr)
          && ehdr->e_phnum >= 1 && ehdr->e_phnum <= PHNUM_MAX
          && within_file (ehdr->e_phoff,
                          ehdr->e_phnum * sizeof (struct Elf32_Phdr),
                          file_len));
}

/* True if PHDR is acceptable in a file of FILE_LEN bytes: a PT_LOAD
   segment that fits in the file and in user space above page 0, or a
   header we may ignore.  An empty PT_LOAD segment is ignored whatever
   its addresses: ld emits one at address 0 for a program without data
   when the linker script names a data segment.  Segments needing a
   dynamic linker are not acceptable. */
static bool
phdr_valid (const struct Elf32_Phdr *phdr, off_t file_len)
{
  uintptr_t user_top = (uintptr_t) PHYS_BASE;

  switch (phdr->p_type)
    {
    case PT_DYNAMIC:
    case PT_INTERP:
    case PT_SHLIB:
      return false;
    case PT_LOAD:
      if (phdr->p_filesz > phdr->p_memsz)
        return false;
      if (phdr->p_memsz == 0)
        return true;
      return (phdr->p_offset % PGSIZE == phdr->p_vaddr % PGSIZE
              && within_file (phdr->p_offset, phdr->p_filesz, file_len)
              && phdr->p_vaddr >= PGSIZE
              && phdr->p_vaddr < user_top
              && phdr->p_memsz <= user_top - phdr->p_vaddr);
    default:
      return true;
    }
}

/* True if user page UPAGE must be writable: some writable PT_LOAD
   segment among the PHNUM in PHDRS touches it.  Segments that share a
   page get the union of their permissions. */
static bool
page_writable (const uint8_t *upage, const struct Elf32_Phdr *phdrs,
               size_t phnum)
{
  size_t i;

  for (i = 0; i < phnum; i++)
    {
      const struct Elf32_Phdr *ph = &phdrs[i];
      uintptr_t first = ph->p_vaddr - pg_ofs ((void *) ph->p_vaddr);
      uintptr_t end = ph->p_vaddr + ph->p_memsz;

      if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W) != 0
          && ph->p_memsz > 0
          && (uintptr_t) upage >= first && (uintptr_t) upage < end)
        return true;
    }
  return false;
}

/* Returns the kernel address of user page UPAGE in the running
   process, first mapping a zeroed frame there, writable if WRITABLE,
   if it has none yet.  Returns null if out of memory. */
static uint8_t *
map_user_page (uint8_t *upage, bool writable)
{
  uint32_t *pd = thread_current ()->pagedir;
  uint8_t *kpage = pagedir_get_page (pd, upage);

  if (kpage != NULL)
    return kpage;

  kpage = palloc_get_page (PAL_USER | PAL_ZERO);
  if (kpage != NULL && !pagedir_set_page (pd, upage, kpage, writable))
    {
      palloc_free_page (kpage);
      kpage = NULL;
    }
  return kpage;
}

/* Maps the pages of segment PHDR of FILE, one of the PHNUM program
   headers in PHDRS, and reads its file bytes into them.  The rest of
   each page stays zero.  A page already mapped for an earlier segment
   is shared, not mapped again.  Returns false on a short read or if
   out of memory. */
static bool
load_segment (struct file *file, const struct Elf32_Phdr *phdr,
              const struct Elf32_Phdr *phdrs, size_t phnum)
{
  uintptr_t start = phdr->p_vaddr;
  uintptr_t file_end = start + phdr->p_filesz;
  uintptr_t end = start + phdr->p_memsz;
  uint8_t *upage;

  for (upage = pg_round_down ((void *) start); (uintptr_t) upage < end;
       upage += PGSIZE)
    {
      uint8_t *kpage = map_user_page (upage,
                                      page_writable (upage, phdrs, phnum));
      uintptr_t lo = (uintptr_t) upage > start ? (uintptr_t) upage : start;
      uintptr_t hi = (uintptr_t) upage + PGSIZE < file_end
                     ? (uintptr_t) upage + PGSIZE : file_end;

      if (kpage == NULL)
        return false;
      if (lo < hi
          && file_read_at (file, kpage + (lo - (uintptr_t) upage), hi - lo,
                           phdr->p_offset + (lo - start)) != (off_t) (hi - lo))
        return false;
    }
  return true;
}

/* Loads the executable FILE_NAME into the running process's address
   space and stores its entry point in *ENTRY.  On success the file
   stays open, write-denied, as the process's executable.  Returns
   false if the file is missing, malformed, or memory runs out. */
static bool
load_elf (const char *file_name, void (**entry) (void))
{
  struct process *p = thread_current ()->process;
  struct Elf32_Ehdr ehdr;
  struct Elf32_Phdr *phdrs = NULL;
  struct file *file;
  off_t file_len;
  size_t phdrs_size;
  size_t i;
  bool ok = false;

  lock_acquire (&fs_lock);
  file = filesys_open (file_name);
  if (file == NULL)
    goto done;

  file_len = file_length (file);
  if (file_read_at (file, &ehdr, sizeof ehdr, 0) != sizeof ehdr
      || !ehdr_valid (&ehdr, file_len))
    goto done;

  phdrs_size = ehdr.e_phnum * sizeof *phdrs;
  phdrs = malloc (phdrs_size);
  if (phdrs == NULL
      || file_read_at (file, phdrs, phdrs_size, ehdr.e_phoff)
         != (off_t) phdrs_size)
    goto done;
  for (i = 0; i < ehdr.e_phnum; i++)
    if (!phdr_valid (&phdrs[i], file_len))
      goto done;

  for (i = 0; i < ehdr.e_phnum; i++)
    if (phdrs[i].p_type == PT_LOAD && phdrs[i].p_memsz > 0
        && !load_segment (file, &phdrs[i], phdrs, ehdr.e_phnum))
      goto done;

  /* The entry point must be inside what we loaded. */
  if (pagedir_get_page (thread_current ()->pagedir,
                        (void *) ehdr.e_entry) == NULL)
    goto done;

  *entry = (void (*) (void)) ehdr.e_entry;
  file_deny_write (file);
  p->executable = file;
  file = NULL;
  ok = true;

 done:
  file_close (file);
  lock_release (&fs_lock);
  free (phdrs);
  return ok;
}

/* Argument passing.

   The initial user stack, from PHYS_BASE down, for "echo x yz":

      PHYS_BASE   "echo\0" "x\0" "yz\0"   the argument strings
                  padding                 down to a multiple of 4
                  NULL                    argv[argc]
                  argv[argc - 1] ... argv[0]
                  argv                    pointer to argv[0]
                  argc
      esp ->      0                       fake return address

   This is the frame _start (argc, argv) expects.  Below it the program
   has at least STACK_FREE_MIN bytes of stack of its own.  Usually one
   page holds both, as in the original Pintos, but a command line of up
   to a page may have two thousand arguments, whose argv[] alone takes
   two pages more, so we map as many pages as it takes. */

/* Stack bytes free below the initial frame, at least. */
#define STACK_FREE_MIN (PGSIZE / 2)

/* Splits LINE into words in place, null-terminating each word where
   its first following space was, and returns the number of words.
   Stores in *STRINGS_SIZE the bytes the words take with their null
   terminators.  Afterward next_word() walks the words. */
static size_t
cut_words (char *line, size_t *strings_size)
{
  size_t argc = 0;

  *strings_size = 0;
  for (;;)
    {
      char *word = line + strspn (line, " ");
      size_t len = strcspn (word, " ");

      if (len == 0)
        return argc;
      argc++;
      *strings_size += len + 1;
      line = word + len;
      if (*line != '\0')
        *line++ = '\0';
    }
}

/* Returns the word at or after *POS in a line cut by cut_words(), and
   advances *POS past it.  Must not be called for more words than
   there are. */
static char *
next_word (char **pos)
{
  char *word = *pos + strspn (*pos, " ");

  *pos = word + strlen (word) + 1;
  return word;
}

/* Maps writable, zeroed pages for the top SIZE bytes of user space.
   Returns false if out of memory or if a segment already occupies any
   of them. */
static bool
map_stack (size_t size)
{
  uint32_t *pd = thread_current ()->pagedir;
  uint8_t *upage = PHYS_BASE;
  size_t pages = DIV_ROUND_UP (size, PGSIZE);

  while (pages-- > 0)
    {
      upage -= PGSIZE;
      if (pagedir_get_page (pd, upage) != NULL
          || map_user_page (upage, true) == NULL)
        return false;
    }
  return true;
}

/* Builds the initial stack described above from CMD_LINE, already cut
   by cut_words() into ARGC words taking STRINGS_SIZE bytes, in the
   running process's address space, which must be active.  Stores the
   initial stack pointer in *ESP.  Returns false if out of memory. */
static bool
setup_stack (char *cmd_line, size_t argc, size_t strings_size, void **esp)
{
  char *strings = (char *) PHYS_BASE - strings_size;
  char **argv = (char **) ROUND_DOWN ((uintptr_t) strings, sizeof (char *))
                - (argc + 1);
  uint32_t *frame = (uint32_t *) argv - 3;
  size_t i;

  if (!map_stack ((uint8_t *) PHYS_BASE - (uint8_t *) frame
                  + STACK_FREE_MIN))
    return false;

  /* The pages are mapped and writable, so write them directly at
     their user addresses. */
  for (i = 0; i < argc; i++)
    {
      const char *word = next_word (&cmd_line);
      size_t len = strlen (word) + 1;

      memcpy (strings, word, len);
      argv[i] = strings;
      strings += len;
    }
  argv[argc] = NULL;

  frame[0] = 0;
  frame[1] = argc;
  frame[2] = (uint32_t) argv;
  *esp = frame;
  return true;
}
