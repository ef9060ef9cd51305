#ifndef USERPROG_SYSCALL_H
#define USERPROG_SYSCALL_H

/* System calls: the `int $0x30' handler, the rules for reading and
   writing user memory on a process's behalf, and the lock that
   serializes the file system. */

#include <stdbool.h>
#include "threads/interrupt.h"
#include "threads/synch.h"

/* Serializes every call into the file system (filesys/), which does no
   locking of its own.  Never held while user memory is touched, nor by
   a process that is ending. */
extern struct lock fs_lock;

void syscall_init (void);
bool usermem_recover (struct intr_frame *);

#endif /* userprog/syscall.h */
