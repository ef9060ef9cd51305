#ifndef __LIB_USER_SYSCALL_H
#define __LIB_USER_SYSCALL_H

/* System calls available to user programs.  Each wrapper traps into
   the kernel with "int $0x30"; see lib/syscall-nr.h for the calling
   convention.  A bad pointer argument makes the kernel terminate the
   calling process with exit status -1. */

#include <stdbool.h>
#include <stdint.h>
#include <debug.h>

/* A process identifier, and the value exec() returns on failure. */
typedef int pid_t;
#define PID_ERROR ((pid_t) -1)

/* A memory-mapping identifier, and the value mmap() returns on
   failure. */
typedef int mapid_t;
#define MAP_FAILED ((mapid_t) -1)

/* Longest file name readdir() can return, not counting the null
   terminator. */
#define READDIR_MAX_LEN 14

/* Exit statuses by convention. */
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* Processes and the machine. */
void halt (void) NO_RETURN;
void exit (int status) NO_RETURN;
pid_t exec (const char *cmd_line);
int wait (pid_t);

/* Files. */
bool create (const char *file, unsigned initial_size);
bool remove (const char *file);
int open (const char *file);
int filesize (int fd);
int read (int fd, void *buffer, unsigned size);
int write (int fd, const void *buffer, unsigned size);
void seek (int fd, unsigned position);
unsigned tell (int fd);
void close (int fd);

/* Memory-mapped files, from the virtual memory project on.  mmap()
   maps the whole of open file FD at page-aligned ADDR and returns an
   id for munmap(), or MAP_FAILED. */
mapid_t mmap (int fd, void *addr);
void munmap (mapid_t);

/* Directories, from the file system project on.  Relative paths
   start at the process's working directory, which chdir() moves. */
bool chdir (const char *dir);
bool mkdir (const char *dir);

/* Stores the next entry name of directory FD in NAME, skipping "."
   and "..", and returns false once there are no more. */
bool readdir (int fd, char name[READDIR_MAX_LEN + 1]);

/* Facts about an open file: whether it is a directory, and its inode
   number, which is the same for every name and descriptor of one
   file. */
bool isdir (int fd);
int inumber (int fd);

/* Beyond Pintos.  fork() makes the caller's child a copy of it, which
   shares its pages copy-on-write, its open files (with their
   positions) and its file mappings, and returns 0 in the child and the
   child's pid in the caller, which may wait() for it; PID_ERROR if no
   child could be made.  sbrk() moves the end of the heap, which starts
   just past the program's data, by INCREMENT bytes (either way) and
   returns the old end, or (void *) -1 if the heap cannot move there.
   Heap pages cost memory only once touched. */
pid_t fork (void);
void *sbrk (intptr_t increment);

#endif /* lib/user/syscall.h */
