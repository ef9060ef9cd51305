/* System calls.

   A user program asks for a service by pushing the call number and up
   to three argument words and executing `int $0x30' (lib/user/
   syscall.c).  syscall_handler() reads the number and as many argument
   words as that call takes from the user stack, dispatches through
   `syscalls[]', and returns the result in the caller's %eax.  The
   numbers are lib/syscall-nr.h's; those of later projects (MMAP and
   above) fail harmlessly in this build, and any other number kills
   the caller.

   User memory.  Every pointer a process hands us is suspect, and we
   never dereference one directly.  All access goes through
   usermem_copy(), a few instructions of assembly whose faults the
   page-fault handler recognizes (usermem_recover()) and turns into a
   failure return.  Before a copy the whole user range is checked to
   lie below PHYS_BASE, so a fault can only mean a user page that is
   not mapped, or read-only for a write (CR0.WP makes the kernel
   honour page protection).  Good pointers cost nothing extra, no page
   table is walked, and a VM build can load the page from the fault
   handler before giving up.  Strings are copied a page at a time up to
   their null terminator; buffers are probed one byte per page before
   any I/O, so a bad buffer has no side effects, and then moved through
   a kernel bounce page.

   A bad pointer kills the process with status -1.  The kill is done by
   the system call itself after releasing what it holds; user memory
   is touched only between file system calls, never inside one, so
   fs_lock is never held then.

   Locks: fs_lock serializes all file system calls (the base file
   system has no locking of its own); process.c takes it too.  Nothing
   else is taken while it is held except the allocator's and the
   disk's own locks.  putbuf() takes the console lock, never under
   fs_lock. */

#include "userprog/syscall.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <syscall-nr.h>
#include "devices/input.h"
#include "devices/shutdown.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"
#include "userprog/process.h"

/* See syscall.h. */
struct lock fs_lock;

/* Largest file size or position the file system's off_t can hold. */
#define OFF_T_MAX INT32_MAX

/* A system call: takes its argument words, returns the value for the
   caller's %eax. */
typedef uint32_t syscall_func (const uint32_t *args);

static syscall_func sys_halt, sys_exit, sys_exec, sys_wait, sys_create,
  sys_remove, sys_open, sys_filesize, sys_read, sys_write, sys_seek,
  sys_tell, sys_close, sys_absent_int, sys_absent_bool;

/* The system call table, indexed by number. */
static const struct
  {
    syscall_func *func;         /* Implementation. */
    size_t arg_cnt;             /* Argument words it reads. */
  }
syscalls[] =
  {
    [SYS_HALT] = {sys_halt, 0},
    [SYS_EXIT] = {sys_exit, 1},
    [SYS_EXEC] = {sys_exec, 1},
    [SYS_WAIT] = {sys_wait, 1},
    [SYS_CREATE] = {sys_create, 2},
    [SYS_REMOVE] = {sys_remove, 1},
    [SYS_OPEN] = {sys_open, 1},
    [SYS_FILESIZE] = {sys_filesize, 1},
    [SYS_READ] = {sys_read, 3},
    [SYS_WRITE] = {sys_write, 3},
    [SYS_SEEK] = {sys_seek, 2},
    [SYS_TELL] = {sys_tell, 1},
    [SYS_CLOSE] = {sys_close, 1},
    [SYS_MMAP] = {sys_absent_int, 0},
    [SYS_MUNMAP] = {sys_absent_int, 0},
    [SYS_CHDIR] = {sys_absent_bool, 0},
    [SYS_MKDIR] = {sys_absent_bool, 0},
    [SYS_READDIR] = {sys_absent_bool, 0},
    [SYS_ISDIR] = {sys_absent_bool, 0},
    [SYS_INUMBER] = {sys_absent_int, 0},
  };

#define SYSCALL_CNT (sizeof syscalls / sizeof *syscalls)

static void syscall_handler (struct intr_frame *);

/* Creates fs_lock and installs the system call vector, which user code
   (privilege level 3) may invoke and which runs with interrupts on. */
void
syscall_init (void)
{
  lock_init (&fs_lock);
  intr_register_int (0x30, 3, INTR_ON, syscall_handler, "syscall");
}

/* Copying to and from user memory. */

/* Copies SIZE bytes from SRC to DST.  Returns 0 if done, nonzero if a
   page fault stopped it.  Implemented below in assembly so that
   usermem_recover() knows which instruction may fault and where to
   resume: the fault leaves the stack as it was at `rep movsb', and
   usermem_copy_fault unwinds it. */
int usermem_copy (void *dst, const void *src, size_t size);
void usermem_copy_insn (void);
void usermem_copy_fault (void);

asm (".pushsection .text\n"
     "usermem_copy:\n"
     "        pushl %esi\n"
     "        pushl %edi\n"
     "        movl 12(%esp), %edi\n"
     "        movl 16(%esp), %esi\n"
     "        movl 20(%esp), %ecx\n"
     "usermem_copy_insn:\n"
     "        rep movsb\n"
     "        xorl %eax, %eax\n"
     "usermem_copy_return:\n"
     "        popl %edi\n"
     "        popl %esi\n"
     "        ret\n"
     "usermem_copy_fault:\n"
     "        movl $1, %eax\n"
     "        jmp usermem_copy_return\n"
     ".popsection\n");

/* Called by the page-fault handler for a kernel-mode fault at a user
   address.  If the fault is usermem_copy()'s, makes it return failure
   when F is resumed and returns true; otherwise returns false (a
   kernel bug). */
bool
usermem_recover (struct intr_frame *f)
{
  if (f->eip != usermem_copy_insn)
    return false;
  f->eip = usermem_copy_fault;
  return true;
}

/* True if the SIZE bytes at UADDR lie wholly in user space. */
static bool
user_range_ok (const void *uaddr, size_t size)
{
  uintptr_t start = (uintptr_t) uaddr;

  return start + size >= start && start + size <= (uintptr_t) PHYS_BASE;
}

/* Copies SIZE bytes from user address USRC to kernel buffer DST.
   Returns false if any of them may not be read. */
static bool
copy_in (void *dst, const void *usrc, size_t size)
{
  return user_range_ok (usrc, size) && usermem_copy (dst, usrc, size) == 0;
}

/* Copies SIZE bytes from kernel buffer SRC to user address UDST.
   Returns false if any of them may not be written. */
static bool
copy_out (void *udst, const void *src, size_t size)
{
  return user_range_ok (udst, size) && usermem_copy (udst, src, size) == 0;
}

/* Returns a copy, in a new page the caller must free, of the string at
   user address UARG; or null if it does not fit in a page or no page
   is free.  Kills the process if the string runs into memory it may
   not read.  Reads a user page only if the string reaches it. */
static char *
string_arg (uint32_t uarg)
{
  const char *ustr = (const char *) uarg;
  char *kstr = palloc_get_page (0);
  size_t len = 0;
  bool bad = false;

  if (kstr == NULL)
    return NULL;
  while (len < PGSIZE)
    {
      size_t chunk = PGSIZE - pg_ofs (ustr + len);

      if (chunk > PGSIZE - len)
        chunk = PGSIZE - len;
      if (!copy_in (kstr + len, ustr + len, chunk))
        {
          bad = true;
          break;
        }
      if (memchr (kstr + len, '\0', chunk) != NULL)
        return kstr;
      len += chunk;
    }

  palloc_free_page (kstr);
  if (bad)
    process_terminate (-1);
  return NULL;
}

/* Kills the process unless all SIZE bytes at user address UBUF may be
   read, and also written if WRITABLE.  Touches one byte in each page
   the buffer spans (writing back the same value), so that a call
   with a bad buffer fails before it does anything. */
static void
check_buffer (void *ubuf, size_t size, bool writable)
{
  uint8_t *page = ubuf;
  uint8_t *end = page + size;

  if (!user_range_ok (ubuf, size))
    process_terminate (-1);
  for (; page < end; page = (uint8_t *) pg_round_down (page) + PGSIZE)
    {
      uint8_t byte;

      if (!copy_in (&byte, page, 1)
          || (writable && !copy_out (page, &byte, 1)))
        process_terminate (-1);
    }
}

/* Moving data between a user buffer and a device or file. */

/* Moves up to SIZE bytes between kernel buffer KBUF and a device or
   file given by AUX, returning how many it moved. */
typedef size_t transfer_func (void *aux, void *kbuf, size_t size);

/* Moves SIZE bytes between user buffer UBUF and MOVE's device or file,
   a page at a time through a kernel bounce page: into UBUF if TO_USER,
   out of it otherwise.  Stops early when MOVE moves less than asked.
   Returns the bytes moved, or -1 if no page is free.  Kills the
   process if UBUF turns out to be bad. */
static int
transfer (uint8_t *ubuf, size_t size, bool to_user, transfer_func *move,
          void *aux)
{
  uint8_t *bounce = palloc_get_page (0);
  size_t done = 0;
  bool bad = false;

  if (bounce == NULL)
    return -1;
  while (done < size)
    {
      size_t chunk = size - done < PGSIZE ? size - done : PGSIZE;
      size_t moved;

      if (!to_user && !copy_in (bounce, ubuf + done, chunk))
        {
          bad = true;
          break;
        }
      moved = move (aux, bounce, chunk);
      if (to_user && !copy_out (ubuf + done, bounce, moved))
        {
          bad = true;
          break;
        }
      done += moved;
      if (moved < chunk)
        break;
    }

  palloc_free_page (bounce);
  if (bad)
    process_terminate (-1);
  return done;
}

/* transfer_func: writes to the console, all at once. */
static size_t
move_to_console (void *aux UNUSED, void *kbuf, size_t size)
{
  putbuf (kbuf, size);
  return size;
}

/* transfer_func: reads SIZE keys, waiting for each. */
static size_t
move_from_keyboard (void *aux UNUSED, void *kbuf, size_t size)
{
  uint8_t *p = kbuf;
  size_t i;

  for (i = 0; i < size; i++)
    p[i] = input_getc ();
  return size;
}

/* transfer_func: writes to the file AUX at its position. */
static size_t
move_to_file (void *file, void *kbuf, size_t size)
{
  off_t written;

  lock_acquire (&fs_lock);
  written = file_write (file, kbuf, size);
  lock_release (&fs_lock);
  return written;
}

/* transfer_func: reads from the file AUX at its position. */
static size_t
move_from_file (void *file, void *kbuf, size_t size)
{
  off_t read;

  lock_acquire (&fs_lock);
  read = file_read (file, kbuf, size);
  lock_release (&fs_lock);
  return read;
}

/* Dispatch. */

/* Handles `int $0x30': reads the call number and its arguments from
   the user stack at F->esp, runs the call and stores its result in
   F->eax.  Kills the process for a bad stack pointer or an unknown
   call number. */
static void
syscall_handler (struct intr_frame *f)
{
  uint32_t number;
  uint32_t args[3];

  if (!copy_in (&number, f->esp, sizeof number) || number >= SYSCALL_CNT
      || !copy_in (args, (uint32_t *) f->esp + 1,
                   syscalls[number].arg_cnt * sizeof *args))
    process_terminate (-1);

  f->eax = syscalls[number].func (args);
}

/* void halt (void): powers off without ending any process first. */
static uint32_t
sys_halt (const uint32_t *args UNUSED)
{
  shutdown_power_off ();
}

/* void exit (int status). */
static uint32_t
sys_exit (const uint32_t *args)
{
  process_terminate ((int) args[0]);
}

/* pid_t exec (const char *cmd_line): -1 if the program cannot be
   loaded or the command line does not fit in a page. */
static uint32_t
sys_exec (const uint32_t *args)
{
  char *cmd_line = string_arg (args[0]);
  tid_t tid;

  if (cmd_line == NULL)
    return TID_ERROR;
  tid = process_execute (cmd_line);
  palloc_free_page (cmd_line);
  return tid;
}

/* int wait (pid_t pid). */
static uint32_t
sys_wait (const uint32_t *args)
{
  return process_wait ((tid_t) args[0]);
}

/* bool create (const char *file, unsigned initial_size). */
static uint32_t
sys_create (const uint32_t *args)
{
  char *name = string_arg (args[0]);
  bool ok = false;

  if (name == NULL)
    return false;
  if (args[1] <= OFF_T_MAX)
    {
      lock_acquire (&fs_lock);
      ok = filesys_create (name, args[1]);
      lock_release (&fs_lock);
    }
  palloc_free_page (name);
  return ok;
}

/* bool remove (const char *file). */
static uint32_t
sys_remove (const uint32_t *args)
{
  char *name = string_arg (args[0]);
  bool ok;

  if (name == NULL)
    return false;
  lock_acquire (&fs_lock);
  ok = filesys_remove (name);
  lock_release (&fs_lock);
  palloc_free_page (name);
  return ok;
}

/* int open (const char *file): a new descriptor, or -1. */
static uint32_t
sys_open (const uint32_t *args)
{
  char *name = string_arg (args[0]);
  struct file *file;
  int fd = -1;

  if (name == NULL)
    return -1;
  lock_acquire (&fs_lock);
  file = filesys_open (name);
  if (file != NULL)
    {
      fd = process_fd_install (file);
      if (fd < 0)
        file_close (file);
    }
  lock_release (&fs_lock);
  palloc_free_page (name);
  return fd;
}

/* Returns QUERY (the file open as FD), asked under fs_lock, or -1 if
   FD is not open on a file. */
static off_t
query_file (int fd, off_t (*query) (struct file *))
{
  struct file *file = process_fd_get (fd);
  off_t answer;

  if (file == NULL)
    return -1;
  lock_acquire (&fs_lock);
  answer = query (file);
  lock_release (&fs_lock);
  return answer;
}

/* int filesize (int fd): -1 if FD is not open on a file. */
static uint32_t
sys_filesize (const uint32_t *args)
{
  return query_file (args[0], file_length);
}

/* int read (int fd, void *buffer, unsigned size): bytes read, or -1 if
   FD is neither the keyboard nor open on a file. */
static uint32_t
sys_read (const uint32_t *args)
{
  int fd = args[0];
  uint8_t *buffer = (uint8_t *) args[1];
  size_t size = args[2];
  struct file *file;

  check_buffer (buffer, size, true);
  if (fd == STDIN_FILENO)
    return transfer (buffer, size, true, move_from_keyboard, NULL);
  file = process_fd_get (fd);
  if (file == NULL)
    return -1;
  return transfer (buffer, size, true, move_from_file, file);
}

/* int write (int fd, const void *buffer, unsigned size): bytes
   written, or -1 if FD is neither the console nor open on a file.
   Console output goes out a page per putbuf(), so other output never
   lands inside it. */
static uint32_t
sys_write (const uint32_t *args)
{
  int fd = args[0];
  uint8_t *buffer = (uint8_t *) args[1];
  size_t size = args[2];
  struct file *file;

  check_buffer (buffer, size, false);
  if (fd == STDOUT_FILENO)
    return transfer (buffer, size, false, move_to_console, NULL);
  file = process_fd_get (fd);
  if (file == NULL)
    return -1;
  return transfer (buffer, size, false, move_to_file, file);
}

/* void seek (int fd, unsigned position).  Positions past what off_t
   holds are taken as its maximum. */
static uint32_t
sys_seek (const uint32_t *args)
{
  struct file *file = process_fd_get (args[0]);
  off_t position = args[1] <= OFF_T_MAX ? (off_t) args[1] : OFF_T_MAX;

  if (file == NULL)
    return 0;
  lock_acquire (&fs_lock);
  file_seek (file, position);
  lock_release (&fs_lock);
  return 0;
}

/* unsigned tell (int fd): -1 if FD is not open on a file. */
static uint32_t
sys_tell (const uint32_t *args)
{
  return query_file (args[0], file_tell);
}

/* void close (int fd).  Closing anything but an open file does
   nothing. */
static uint32_t
sys_close (const uint32_t *args)
{
  struct file *file = process_fd_release (args[0]);

  if (file == NULL)
    return 0;
  lock_acquire (&fs_lock);
  file_close (file);
  lock_release (&fs_lock);
  return 0;
}

/* The calls of later projects (virtual memory, file system) fail in
   this build: those returning a number or id return -1... */
static uint32_t
sys_absent_int (const uint32_t *args UNUSED)
{
  return -1;
}

/* ...and those returning bool return false. */
static uint32_t
sys_absent_bool (const uint32_t *args UNUSED)
{
  return false;
}
