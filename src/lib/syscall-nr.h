#ifndef __LIB_SYSCALL_NR_H
#define __LIB_SYSCALL_NR_H

/* System call numbers, shared by the kernel's dispatcher and the user
   library's wrappers.  A user program pushes one of these onto its
   stack, followed in memory by up to three arguments, and executes
   "int $0x30".  The order (and hence each value) is part of the user
   ABI and must never change. */
enum
  {
    SYS_HALT,                   /* 0: Power off the machine. */
    SYS_EXIT,                   /* 1: End this process. */
    SYS_EXEC,                   /* 2: Start another process. */
    SYS_WAIT,                   /* 3: Wait for a child to die. */
    SYS_CREATE,                 /* 4: Create a file. */
    SYS_REMOVE,                 /* 5: Delete a file. */
    SYS_OPEN,                   /* 6: Open a file. */
    SYS_FILESIZE,               /* 7: Size of an open file. */
    SYS_READ,                   /* 8: Read from a file or the keyboard. */
    SYS_WRITE,                  /* 9: Write to a file or the console. */
    SYS_SEEK,                   /* 10: Move a file's position. */
    SYS_TELL,                   /* 11: Report a file's position. */
    SYS_CLOSE,                  /* 12: Close a file descriptor. */
    SYS_MMAP,                   /* 13: Map a file into memory. */
    SYS_MUNMAP,                 /* 14: Remove a memory mapping. */
    SYS_CHDIR,                  /* 15: Change the working directory. */
    SYS_MKDIR,                  /* 16: Create a directory. */
    SYS_READDIR,                /* 17: Read the next directory entry. */
    SYS_ISDIR,                  /* 18: Is a descriptor a directory? */
    SYS_INUMBER,                /* 19: Inode number of a descriptor. */

    /* Beyond Pintos, with virtual memory. */
    SYS_FORK,                   /* 20: Copy this process. */
    SYS_SBRK                    /* 21: Move the end of the heap. */
  };

#endif /* lib/syscall-nr.h */
