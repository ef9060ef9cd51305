#ifndef USERPROG_SYSCALL_H
#define USERPROG_SYSCALL_H

/* System calls: the `int $0x30' handler and the calls themselves. */

void syscall_init (void);

#endif /* userprog/syscall.h */
