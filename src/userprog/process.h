#ifndef USERPROG_PROCESS_H
#define USERPROG_PROCESS_H

/* User processes: a thread running a user program in its own address
   space, with its open files and the exit status its parent may wait
   for. */

#include <debug.h>
#include "threads/thread.h"

struct file;

/* Most files one process may have open at once, not counting the
   console descriptors 0 and 1. */
#define PROCESS_OPEN_MAX 128

tid_t process_execute (const char *cmd_line);
int process_wait (tid_t);
void process_exit (void);
void process_activate (void);
void process_check_leaks (void);
void process_terminate (int status) NO_RETURN;

int process_fd_install (struct file *);
struct file *process_fd_get (int fd);
struct file *process_fd_release (int fd);

#endif /* userprog/process.h */
