/* System calls.

   A user program asks for a service by pushing the call number and up
   to three argument words and executing `int $0x30' (lib/user/
   syscall.c).  syscall_handler() reads the number and as many argument
   words as that call takes from the user stack, dispatches through
   `syscalls[]', and returns the result in the caller's %eax.  The
   numbers are lib/syscall-nr.h's; those of later projects fail
   harmlessly (mmap and munmap outside a VM build, chdir to inumber
   outside the extended file system's), and any other number kills
   the caller.

   User memory is reached only through usermem.c.  A buffer is checked
   before the call does anything (usermem_check()), so a bad one kills
   the process first; then data moves a page at a time through a
   kernel bounce page, and user memory is touched only between file
   system calls, never inside one.  So a page fault on a user buffer --
   which in a VM build may evict, and so write to a file -- never
   happens while this thread is inside the file system.

   A bad pointer kills the process with status -1.  The kill is done by
   the system call itself after releasing what it holds.

   Locks: none of our own.  The file system locks itself (filesys/).
   putbuf() takes the console lock. */

#include "userprog/syscall.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <syscall-nr.h>
#include "devices/input.h"
#include "devices/shutdown.h"
#include "filesys/cache.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"
#include "userprog/fdtable.h"
#include "userprog/heap.h"
#include "userprog/process.h"
#include "userprog/usermem.h"
#ifdef VM
#include "vm/mmap.h"
#endif

/* Largest file size or position the file system's off_t can hold. */
#define OFF_T_MAX INT32_MAX

/* A system call: takes its argument words, returns the value for the
   caller's %eax. */
typedef uint32_t syscall_func (const uint32_t *args);

static syscall_func sys_halt, sys_exit, sys_exec, sys_wait, sys_create,
  sys_remove, sys_open, sys_filesize, sys_read, sys_write, sys_seek,
  sys_tell, sys_close, sys_fork, sys_sbrk;
#if !defined VM || !defined FILESYS_EXTENDED
static syscall_func sys_absent_int, sys_absent_bool;
#endif
#ifdef VM
static syscall_func sys_mmap, sys_munmap;
#endif
#ifdef FILESYS_EXTENDED
static syscall_func sys_chdir, sys_mkdir, sys_readdir, sys_isdir,
  sys_inumber;
#endif

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
#ifdef VM
    [SYS_MMAP] = {sys_mmap, 2},
    [SYS_MUNMAP] = {sys_munmap, 1},
#else
    [SYS_MMAP] = {sys_absent_int, 0},
    [SYS_MUNMAP] = {sys_absent_int, 0},
#endif
#ifdef FILESYS_EXTENDED
    [SYS_CHDIR] = {sys_chdir, 1},
    [SYS_MKDIR] = {sys_mkdir, 1},
    [SYS_READDIR] = {sys_readdir, 2},
    [SYS_ISDIR] = {sys_isdir, 1},
    [SYS_INUMBER] = {sys_inumber, 1},
#else
    [SYS_CHDIR] = {sys_absent_bool, 0},
    [SYS_MKDIR] = {sys_absent_bool, 0},
    [SYS_READDIR] = {sys_absent_bool, 0},
    [SYS_ISDIR] = {sys_absent_bool, 0},
    [SYS_INUMBER] = {sys_absent_int, 0},
#endif
    [SYS_FORK] = {sys_fork, 0},
    [SYS_SBRK] = {sys_sbrk, 1},
  };

#define SYSCALL_CNT (sizeof syscalls / sizeof *syscalls)

static void syscall_handler (struct intr_frame *);

/* Installs the system call vector, which user code (privilege level 3)
   may invoke and which runs with interrupts on. */
void
syscall_init (void)
{
  intr_register_int (0x30, 3, INTR_ON, syscall_handler, "syscall");
}

/* Returns a copy, in a new page the caller must free, of the string at
   user address UARG; or null if it does not fit in a page or no page
   is free.  Kills the process if the string runs into memory it may
   not read. */
static char *
string_arg (uint32_t uarg)
{
  bool bad;
  char *kstr = usermem_string ((const char *) uarg, &bad);

  if (bad)
    process_terminate (-1);
  return kstr;
}

/* Runs OP on the path string at user address UPATH; false if the
   string does not fit in a page. */
static bool
path_call (uint32_t upath, bool (*op) (const char *))
{
  char *path = string_arg (upath);
  bool ok;

  if (path == NULL)
    return false;
  ok = op (path);
  palloc_free_page (path);
  return ok;
}

/* Kills the process unless all SIZE bytes at user address UBUF may be
   read, and also written if WRITABLE. */
static void
check_buffer (void *ubuf, size_t size, bool writable)
{
  if (!usermem_check (ubuf, size, writable))
    process_terminate (-1);
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

      if (!to_user && !usermem_read (bounce, ubuf + done, chunk))
        {
          bad = true;
          break;
        }
      moved = move (aux, bounce, chunk);
      if (to_user && !usermem_write (ubuf + done, bounce, moved))
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
  return file_write (file, kbuf, size);
}

/* transfer_func: reads from the file AUX at its position. */
static size_t
move_from_file (void *file, void *kbuf, size_t size)
{
  return file_read (file, kbuf, size);
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

#ifdef VM
  /* A fault on a user address during the call grows the stack by this
     esp, not by the kernel's. */
  thread_current ()->process->user_esp = f->esp;
#endif
  if (!usermem_read (&number, f->esp, sizeof number) || number >= SYSCALL_CNT
      || !usermem_read (args, (uint32_t *) f->esp + 1,
                        syscalls[number].arg_cnt * sizeof *args))
    process_terminate (-1);

  f->eax = syscalls[number].func (args);
}

/* void halt (void): powers off without ending any process first, but
   with everything written so far on disk: the buffer cache holds
   writes back, and filesys_done() is never reached this way. */
static uint32_t
sys_halt (const uint32_t *args UNUSED)
{
  cache_flush ();
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
    ok = filesys_create (name, args[1]);
  palloc_free_page (name);
  return ok;
}

/* bool remove (const char *file). */
static uint32_t
sys_remove (const uint32_t *args)
{
  return path_call (args[0], filesys_remove);
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
  file = filesys_open (name);
  if (file != NULL)
    {
      fd = fd_install (file);
      if (fd < 0)
        file_close (file);
    }
  palloc_free_page (name);
  return fd;
}

/* Returns QUERY (the file open as FD), or -1 if FD is not open on a
   file. */
static off_t
query_file (int fd, off_t (*query) (struct file *))
{
  struct file *file = fd_get (fd);

  return file != NULL ? query (file) : -1;
}

/* int filesize (int fd): -1 if FD is not open on a file. */
static uint32_t
sys_filesize (const uint32_t *args)
{
  return query_file (args[0], file_length);
}

/* int read (int fd, void *buffer, unsigned size): bytes read, or -1 if
   FD is neither the keyboard nor open on a file (a directory is not
   read this way). */
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
  file = fd_get (fd);
  if (file == NULL || file_is_dir (file))
    return -1;
  return transfer (buffer, size, true, move_from_file, file);
}

/* int write (int fd, const void *buffer, unsigned size): bytes
   written, or -1 if FD is neither the console nor open on a file (a
   directory changes only through mkdir, create and remove).
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
  file = fd_get (fd);
  if (file == NULL || file_is_dir (file))
    return -1;
  return transfer (buffer, size, false, move_to_file, file);
}

/* void seek (int fd, unsigned position).  Positions past what off_t
   holds are taken as its maximum. */
static uint32_t
sys_seek (const uint32_t *args)
{
  struct file *file = fd_get (args[0]);
  off_t position = args[1] <= OFF_T_MAX ? (off_t) args[1] : OFF_T_MAX;

  if (file != NULL)
    file_seek (file, position);
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
  file_close (fd_release (args[0]));
  return 0;
}

/* pid_t fork (void): the child's pid in the parent and 0 in the child,
   or -1 if there is not enough memory for the child. */
static uint32_t
sys_fork (const uint32_t *args UNUSED)
{
  return process_fork ();
}

/* void *sbrk (intptr_t increment): the old end of the heap, or
   (void *) -1 if it cannot move by INCREMENT bytes. */
static uint32_t
sys_sbrk (const uint32_t *args)
{
  return (uint32_t) heap_move ((intptr_t) args[0]);
}

#ifdef VM
/* mapid_t mmap (int fd, void *addr): a new mapping id, or -1 (also
   for a directory). */
static uint32_t
sys_mmap (const uint32_t *args)
{
  struct file *file = fd_get (args[0]);

  /* A directory's bytes change only through directory.c; a mapping
     written back would bypass its lock. */
  if (file == NULL || file_is_dir (file))
    return -1;
  return mmap_map (file, (void *) args[1]);
}

/* void munmap (mapid_t mapping).  Unmapping anything but a mapping of
   the caller does nothing. */
static uint32_t
sys_munmap (const uint32_t *args)
{
  mmap_unmap (args[0]);
  return 0;
}
#endif

#ifdef FILESYS_EXTENDED
/* bool chdir (const char *dir). */
static uint32_t
sys_chdir (const uint32_t *args)
{
  return path_call (args[0], filesys_chdir);
}

/* bool mkdir (const char *dir). */
static uint32_t
sys_mkdir (const uint32_t *args)
{
  return path_call (args[0], filesys_mkdir);
}

/* bool readdir (int fd, char name[READDIR_MAX_LEN + 1]): false at the
   end of the directory, or if FD is not open on one.  The name goes
   through a kernel buffer, so user memory is touched outside the file
   system. */
static uint32_t
sys_readdir (const uint32_t *args)
{
  struct file *file = fd_get (args[0]);
  char name[NAME_MAX + 1];
  void *uname = (void *) args[1];

  check_buffer (uname, sizeof name, true);
  if (file == NULL || !file_readdir (file, name))
    return false;
  if (!usermem_write (uname, name, strlen (name) + 1))
    process_terminate (-1);
  return true;
}

/* bool isdir (int fd): false also if FD is not open. */
static uint32_t
sys_isdir (const uint32_t *args)
{
  struct file *file = fd_get (args[0]);

  return file != NULL && file_is_dir (file);
}

/* int inumber (int fd): the inode's sector, or -1 if FD is not open
   on a file or directory. */
static uint32_t
sys_inumber (const uint32_t *args)
{
  struct file *file = fd_get (args[0]);

  return file != NULL ? (int) inode_get_inumber (file_get_inode (file))
                      : -1;
}
#endif

#if !defined VM || !defined FILESYS_EXTENDED
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
#endif
