/* File descriptors.

   Descriptor FD_FIRST + I names `files[I]' of the running process's
   struct process, or nothing if that is null; 0 and 1 are the console
   and never name a file.  A process may have PROCESS_OPEN_MAX files
   open at once, and a freed descriptor is handed out again, lowest
   first.  A forked child starts with its parent's descriptors, naming
   the same open files (file_share()), so the two share positions.

   Synchronization: a descriptor table is used only by its own
   process's thread, so it needs no lock.  The exception, a forked
   child reading its parent's table, happens while the parent sleeps
   in fork(). */

#include "userprog/fdtable.h"
#include <debug.h>
#include <stddef.h>
#include "filesys/file.h"
#include "threads/thread.h"
#include "userprog/process.h"

/* Returns the running process's table. */
static struct file **
table (void)
{
  return thread_current ()->process->files;
}

/* Gives FILE the lowest free descriptor of the running process and
   returns it, or returns -1 if all are taken (FILE is then still the
   caller's). */
int
fd_install (struct file *file)
{
  struct file **files = table ();
  int i;

  ASSERT (file != NULL);
  for (i = 0; i < PROCESS_OPEN_MAX; i++)
    if (files[i] == NULL)
      {
        files[i] = file;
        return FD_FIRST + i;
      }
  return -1;
}

/* Returns the file that FD names in the running process, or null. */
struct file *
fd_get (int fd)
{
  if (fd < FD_FIRST || fd - FD_FIRST >= PROCESS_OPEN_MAX)
    return NULL;
  return table ()[fd - FD_FIRST];
}

/* Frees descriptor FD of the running process and returns the file it
   named, for the caller to close; or null if FD named nothing. */
struct file *
fd_release (int fd)
{
  struct file *file = fd_get (fd);

  if (file != NULL)
    table ()[fd - FD_FIRST] = NULL;
  return file;
}

/* Gives the running process, a child that PARENT is forking, every
   descriptor of PARENT, each naming the same open file.  The running
   process must have no files open yet, and PARENT must not change its
   table meanwhile. */
void
fd_inherit (const struct process *parent)
{
  struct file **files = table ();
  int i;

  for (i = 0; i < PROCESS_OPEN_MAX; i++)
    {
      ASSERT (files[i] == NULL);
      files[i] = file_share (parent->files[i]);
    }
}

/* Lets go of every file P has open (the file closes when its last
   holder does). */
void
fd_close_all (struct process *p)
{
  int i;

  for (i = 0; i < PROCESS_OPEN_MAX; i++)
    {
      file_close (p->files[i]);
      p->files[i] = NULL;
    }
}
