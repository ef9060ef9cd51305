/* User-side system call wrappers.

   Every call is made the same way: push three argument words (unused
   ones are zero) and the call number, so that the number is at the
   top of the stack with the arguments above it, trap with
   "int $0x30", and pop everything again.  The kernel puts the result
   in %eax.  The kernel reads only as many argument words as the call
   takes, so the extra zeros are harmless. */

#include <syscall.h>
#include <stdint.h>
#include <syscall-nr.h>

/* Makes system call NUMBER with arguments ARG0...ARG2 and returns
   the kernel's result.  Operands are confined to registers and
   immediates because memory operands might be addressed relative to
   %esp, which the pushes move. */
static inline int
syscall (int number, uint32_t arg0, uint32_t arg1, uint32_t arg2)
{
  int result;

  asm volatile ("pushl %[arg2]\n\t"
                "pushl %[arg1]\n\t"
                "pushl %[arg0]\n\t"
                "pushl %[number]\n\t"
                "int $0x30\n\t"
                "addl $16, %%esp"
                : "=a" (result)
                : [number] "ri" (number), [arg0] "ri" (arg0),
                  [arg1] "ri" (arg1), [arg2] "ri" (arg2)
                : "memory");
  return result;
}

/* Converts pointer P into a system call argument. */
static inline uint32_t
ptr_arg (const void *p)
{
  return (uint32_t) (uintptr_t) p;
}

/* Powers off the machine. */
void
halt (void)
{
  syscall (SYS_HALT, 0, 0, 0);
  NOT_REACHED ();
}

/* Ends this process with STATUS, which a waiting parent receives. */
void
exit (int status)
{
  syscall (SYS_EXIT, status, 0, 0);
  NOT_REACHED ();
}

/* Starts a process running CMD_LINE (program name and arguments).
   Returns its pid once it has loaded, or PID_ERROR if it could not
   be loaded. */
pid_t
exec (const char *cmd_line)
{
  return syscall (SYS_EXEC, ptr_arg (cmd_line), 0, 0);
}

/* Waits for child PID to exit and returns its exit status, or -1 if
   PID is not a child that can still be waited for or was killed by
   the kernel. */
int
wait (pid_t pid)
{
  return syscall (SYS_WAIT, pid, 0, 0);
}

/* Creates FILE, INITIAL_SIZE bytes long.  Returns true on success. */
bool
create (const char *file, unsigned initial_size)
{
  return syscall (SYS_CREATE, ptr_arg (file), initial_size, 0) != 0;
}

/* Deletes FILE.  Returns true on success. */
bool
remove (const char *file)
{
  return syscall (SYS_REMOVE, ptr_arg (file), 0, 0) != 0;
}

/* Opens FILE.  Returns a new file descriptor, or -1 on failure. */
int
open (const char *file)
{
  return syscall (SYS_OPEN, ptr_arg (file), 0, 0);
}

/* Returns the size in bytes of the file open as FD. */
int
filesize (int fd)
{
  return syscall (SYS_FILESIZE, fd, 0, 0);
}

/* Reads up to SIZE bytes from FD (0 is the keyboard) into BUFFER.
   Returns the number of bytes read, or -1 on failure. */
int
read (int fd, void *buffer, unsigned size)
{
  return syscall (SYS_READ, fd, ptr_arg (buffer), size);
}

/* Writes up to SIZE bytes from BUFFER to FD (1 is the console).
   Returns the number of bytes written. */
int
write (int fd, const void *buffer, unsigned size)
{
  return syscall (SYS_WRITE, fd, ptr_arg (buffer), size);
}

/* Moves FD's position to POSITION bytes from the start of its
   file. */
void
seek (int fd, unsigned position)
{
  syscall (SYS_SEEK, fd, position, 0);
}

/* Returns FD's position in bytes from the start of its file. */
unsigned
tell (int fd)
{
  return syscall (SYS_TELL, fd, 0, 0);
}

/* Closes FD. */
void
close (int fd)
{
  syscall (SYS_CLOSE, fd, 0, 0);
}

/* Maps the whole file open as FD into memory starting at ADDR.
   Returns the mapping's id, or MAP_FAILED. */
mapid_t
mmap (int fd, void *addr)
{
  return syscall (SYS_MMAP, fd, ptr_arg (addr), 0);
}

/* Removes mapping MAPPING, writing back any changed pages. */
void
munmap (mapid_t mapping)
{
  syscall (SYS_MUNMAP, mapping, 0, 0);
}

/* Changes the working directory to DIR.  Returns true on success. */
bool
chdir (const char *dir)
{
  return syscall (SYS_CHDIR, ptr_arg (dir), 0, 0) != 0;
}

/* Creates directory DIR.  Returns true on success. */
bool
mkdir (const char *dir)
{
  return syscall (SYS_MKDIR, ptr_arg (dir), 0, 0) != 0;
}

/* Reads the next entry of the directory open as FD into NAME,
   skipping "." and "..".  Returns false at the end of the
   directory. */
bool
readdir (int fd, char name[READDIR_MAX_LEN + 1])
{
  return syscall (SYS_READDIR, fd, ptr_arg (name), 0) != 0;
}

/* Returns true if FD is open on a directory. */
bool
isdir (int fd)
{
  return syscall (SYS_ISDIR, fd, 0, 0) != 0;
}

/* Returns the inode number (sector) of the file or directory open as
   FD. */
int
inumber (int fd)
{
  return syscall (SYS_INUMBER, fd, 0, 0);
}

/* Makes a child that is a copy of this process.  Returns 0 in the
   child, the child's pid in the parent, or PID_ERROR. */
pid_t
fork (void)
{
  return syscall (SYS_FORK, 0, 0, 0);
}

/* Moves the end of the heap by INCREMENT bytes.  Returns the old end,
   or (void *) -1. */
void *
sbrk (intptr_t increment)
{
  return (void *) syscall (SYS_SBRK, (uint32_t) increment, 0, 0);
}
