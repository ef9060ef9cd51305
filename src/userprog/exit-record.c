/* Exit records.

   A parent learns a child's exit status through a struct exit_record
   the two share.  Either may end first, so the record counts its
   holders: the parent holds it while it is on the parent's `children'
   list, the child until it has exited.  Whoever lets go last frees it,
   so a parent that never waits leaks nothing, and a child that
   outlives its parent still has somewhere to write.  A parent gets a
   status at most once: waiting takes the record off the list.

   Synchronization.  The reference count is changed with interrupts
   off, a critical section of two instructions that parent and child
   may enter at the same moment.  The `exited' semaphore orders the
   child's write of `status' before the parent's read.  A `children'
   list belongs to its process's thread alone. */

#include "userprog/exit-record.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"

/* Returns a new record with two holders, a parent and a child, or
   null if out of memory. */
struct exit_record *
exit_record_create (void)
{
  struct exit_record *record = malloc (sizeof *record);

  if (record == NULL)
    return NULL;
  record->tid = TID_ERROR;
  record->status = -1;
  sema_init (&record->exited, 0);
  record->refs = 2;
  return record;
}

/* Returns the record of the child TID on list CHILDREN, or null if
   there is none. */
struct exit_record *
exit_record_find (struct list *children, tid_t tid)
{
  struct list_elem *e;

  for (e = list_begin (children); e != list_end (children);
       e = list_next (e))
    {
      struct exit_record *record = list_entry (e, struct exit_record, elem);

      if (record->tid == tid)
        return record;
    }
  return NULL;
}

/* Lets go of one holder's share of RECORD, freeing it if no holder is
   left. */
void
exit_record_release (struct exit_record *record)
{
  enum intr_level old_level;
  int left;

  old_level = intr_disable ();
  left = --record->refs;
  intr_set_level (old_level);

  if (left == 0)
    free (record);
}
