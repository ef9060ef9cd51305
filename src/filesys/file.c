/* Open files.

   A struct file is an opening of an inode: the inode, which it holds
   open, a position that file_read() and file_write() advance, and
   whether it has denied writes to the inode (as the loader does for a
   running executable).  Closing the file closes that opening and
   withdraws its write denial.  A struct file may also be open on a
   directory; then its position is where file_readdir() goes on, and
   it is never written through.

   One opening may have several holders: a process that forks hands
   its child the very files it has open (file_share()), so that the
   two move one position between them, as Unix's fork() does.  Each
   holder lets go with file_close(); the opening ends with the last.
   A file reopened with file_reopen() is a different opening, with a
   position of its own.

   Locking.  Holders of one file may be different threads, so each
   file has a lock over its holder count and its position.  A read,
   write or directory read at the position holds it across the inode
   call, so that two holders never move through the same bytes; the
   lock is taken before any lock of the inode layer and nothing else
   is taken under it.  Calls at an explicit offset do not take it: the
   inode layer locks what they share. */

#include "filesys/file.h"
#include <debug.h>
#include "filesys/directory.h"
#include "filesys/inode.h"
#include "threads/malloc.h"
#include "threads/synch.h"

/* An open file. */
struct file
  {
    struct inode *inode;        /* The file's inode, held open. */
    struct lock lock;           /* Guards HOLDERS and POS. */
    int holders;                /* file_close() calls still to come. */
    off_t pos;                  /* Where the next read or write goes. */
    bool deny_write;            /* Has this opening denied writes? */
  };

/* Returns a new file for INODE, positioned at its start, taking over
   the caller's opening of INODE.  If INODE is null or memory is
   short, closes INODE and returns NULL. */
struct file *
file_open (struct inode *inode)
{
  struct file *file;

  if (inode == NULL)
    return NULL;
  file = calloc (1, sizeof *file);
  if (file == NULL)
    {
      inode_close (inode);
      return NULL;
    }
  file->inode = inode;
  lock_init (&file->lock);
  file->holders = 1;
  return file;
}

/* Returns a new file on the same inode as FILE, with a position of
   its own, or NULL if memory is short. */
struct file *
file_reopen (struct file *file)
{
  return file_open (inode_reopen (file->inode));
}

/* Adds a holder to FILE and returns FILE, which the new holder must
   file_close() in its turn.  The holders share one position.  A null
   FILE is returned as it is. */
struct file *
file_share (struct file *file)
{
  if (file != NULL)
    {
      lock_acquire (&file->lock);
      file->holders++;
      lock_release (&file->lock);
    }
  return file;
}

/* Lets go of one holder's share of FILE.  The last holder's call ends
   the opening: writes are allowed again if it denied them, and the
   inode is closed.  A null FILE is ignored. */
void
file_close (struct file *file)
{
  int left;

  if (file == NULL)
    return;
  lock_acquire (&file->lock);
  left = --file->holders;
  lock_release (&file->lock);
  if (left > 0)
    return;

  file_allow_write (file);
  inode_close (file->inode);
  free (file);
}

/* Returns the inode behind FILE. */
struct inode *
file_get_inode (struct file *file)
{
  return file->inode;
}

/* Reads up to SIZE bytes from FILE at its position into BUFFER and
   advances the position past them.  Returns the number of bytes read,
   fewer than SIZE at end of file. */
off_t
file_read (struct file *file, void *buffer, off_t size)
{
  off_t bytes_read;

  lock_acquire (&file->lock);
  bytes_read = inode_read_at (file->inode, buffer, size, file->pos);
  file->pos += bytes_read;
  lock_release (&file->lock);
  return bytes_read;
}

/* Reads up to SIZE bytes from FILE at byte START into BUFFER, leaving
   the position alone.  Returns the number of bytes read. */
off_t
file_read_at (struct file *file, void *buffer, off_t size, off_t start)
{
  return inode_read_at (file->inode, buffer, size, start);
}

/* Writes up to SIZE bytes from BUFFER into FILE at its position and
   advances the position past them.  Returns the number of bytes
   written: fewer than SIZE at end of file (files do not grow), and 0
   while writes are denied. */
off_t
file_write (struct file *file, const void *buffer, off_t size)
{
  off_t bytes_written;

  lock_acquire (&file->lock);
  bytes_written = inode_write_at (file->inode, buffer, size, file->pos);
  file->pos += bytes_written;
  lock_release (&file->lock);
  return bytes_written;
}

/* Writes up to SIZE bytes from BUFFER into FILE at byte START, leaving
   the position alone.  Returns the number of bytes written, as for
   file_write(). */
off_t
file_write_at (struct file *file, const void *buffer, off_t size,
               off_t start)
{
  return inode_write_at (file->inode, buffer, size, start);
}

/* Brings FILE's own write denial to DENY.  The inode counts denials
   from all its openers, so FILE may add or withdraw only its single
   share, and only when its own state changes: calling either public
   function twice in a row must not unbalance the inode's count. */
static void
set_write_denial (struct file *file, bool deny)
{
  ASSERT (file != NULL);
  if (file->deny_write == deny)
    return;

  file->deny_write = deny;
  if (deny)
    inode_deny_write (file->inode);
  else
    inode_allow_write (file->inode);
}

/* Stops anyone writing FILE's inode until file_allow_write() on FILE,
   or until its last holder closes it.  Repeating it is harmless. */
void
file_deny_write (struct file *file)
{
  set_write_denial (file, true);
}

/* Withdraws FILE's denial of writes, if it made one.  Writes stay
   refused while other openers deny them. */
void
file_allow_write (struct file *file)
{
  set_write_denial (file, false);
}

/* Returns FILE's size in bytes. */
off_t
file_length (struct file *file)
{
  ASSERT (file != NULL);
  return inode_length (file->inode);
}

/* Moves FILE's position to byte NEW_POS.  Any value is accepted, as
   it may come straight from a user program: at a position past end of
   file, or a negative one, reads and writes move nothing. */
void
file_seek (struct file *file, off_t new_pos)
{
  ASSERT (file != NULL);
  lock_acquire (&file->lock);
  file->pos = new_pos;
  lock_release (&file->lock);
}

/* Returns FILE's position, in bytes from its start. */
off_t
file_tell (struct file *file)
{
  off_t pos;

  ASSERT (file != NULL);
  lock_acquire (&file->lock);
  pos = file->pos;
  lock_release (&file->lock);
  return pos;
}

/* Is FILE open on a directory? */
bool
file_is_dir (struct file *file)
{
  ASSERT (file != NULL);
  return inode_is_dir (file->inode);
}

/* Reads the next name of the directory FILE is open on into NAME and
   returns true; false at the end, or if FILE is not a directory. */
bool
file_readdir (struct file *file, char name[NAME_MAX + 1])
{
  bool found;

  ASSERT (file != NULL);
  if (!inode_is_dir (file->inode))
    return false;
  lock_acquire (&file->lock);
  found = dir_read_next (file->inode, &file->pos, name);
  lock_release (&file->lock);
  return found;
}
