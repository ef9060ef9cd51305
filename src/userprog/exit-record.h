#ifndef USERPROG_EXIT_RECORD_H
#define USERPROG_EXIT_RECORD_H

/* How a child's exit status reaches its parent. */

#include <list.h>
#include "threads/synch.h"
#include "threads/thread.h"

/* Shared by a parent and one child; see exit-record.c. */
struct exit_record
  {
    tid_t tid;                  /* The child's tid. */
    int status;                 /* Exit status, once `exited' is up. */
    struct semaphore exited;    /* Upped once when the child is gone. */
    int refs;                   /* Holders left (interrupts off). */
    struct list_elem elem;      /* In the parent's `children'. */
  };

struct exit_record *exit_record_create (void);
struct exit_record *exit_record_find (struct list *children, tid_t);
void exit_record_release (struct exit_record *);

#endif /* userprog/exit-record.h */
