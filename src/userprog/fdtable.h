#ifndef USERPROG_FDTABLE_H
#define USERPROG_FDTABLE_H

/* A process's file descriptors. */

struct file;
struct process;

/* First descriptor handed out for files; 0 and 1 are the console. */
#define FD_FIRST 2

int fd_install (struct file *);
struct file *fd_get (int fd);
struct file *fd_release (int fd);
void fd_inherit (const struct process *parent);
void fd_close_all (struct process *);

#endif /* userprog/fdtable.h */
