/* Directories.

   A directory is an inode marked as one, holding an array of
   fixed-size entries, each naming one inode by its sector.  A slot
   whose in_use is false is free: removing a name clears its slot, and
   adding a name takes the first free slot, or grows the directory by
   one entry at its end, so in the extended build, where files grow, a
   directory holds as many names as the disk has room for.  In the
   base build it keeps the slots it was created with.  "." and ".." are not stored: the inode records its
   parent, and filesys.c's path walk resolves both.

   Invariants: every in-use entry's name is 1 to NAME_MAX characters,
   null-terminated, and no two in-use entries in a directory share a
   name.  A removed directory was empty when removed and never gains an
   entry afterwards; lookups and readdir in it find nothing.  A struct
   dir holds its inode open and a position for dir_readdir().

   Locking: each directory's inode has a dir_lock (inode.c), held by
   every function here for the whole of its look at the entries, so
   that "is the name free?" and "add it" are one step, and a reader
   never sees an entry half written.  dir_remove() of a directory also
   takes the victim's dir_lock, after its parent's, to check that it
   is empty and mark it removed in one step; that parent-then-child
   order is the only way two dir_locks are held at once.  Below
   dir_lock come inode.c's locks (see there). */

#include "filesys/directory.h"
#include <debug.h>
#include <string.h>
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "threads/malloc.h"
#include "threads/synch.h"

/* An open directory. */
struct dir
  {
    struct inode *inode;        /* The directory's inode, held open. */
    off_t pos;                  /* Offset of dir_readdir()'s next entry. */
  };

/* One slot of a directory, as stored on disk. */
struct dir_entry
  {
    bool in_use;                /* Does this slot hold a name? */
    char name[NAME_MAX + 1];    /* The name, null-terminated. */
    block_sector_t inode_sector; /* The named inode. */
  };

/* Writes to SECTOR a new, empty directory whose parent directory's
   inode is at PARENT, with ENTRY_CNT free slots to begin with (where
   files do not grow, all it will ever have).  SECTOR must already be
   allocated.  Returns true if successful, false if memory or disk
   space ran out. */
bool
dir_create (block_sector_t sector, block_sector_t parent, size_t entry_cnt)
{
  return inode_create_dir (sector, parent,
                           entry_cnt * sizeof (struct dir_entry));
}

/* Returns a directory for INODE, taking over the caller's opening of
   INODE.  If INODE is null or memory is short, closes INODE and
   returns NULL. */
struct dir *
dir_open (struct inode *inode)
{
  struct dir *dir;

  if (inode == NULL)
    return NULL;
  dir = calloc (1, sizeof *dir);
  if (dir == NULL)
    {
      inode_close (inode);
      return NULL;
    }
  dir->inode = inode;
  return dir;
}

/* Opens the root directory.  Returns NULL if memory is short. */
struct dir *
dir_open_root (void)
{
  return dir_open (inode_open (ROOT_DIR_SECTOR));
}

/* Returns a new directory on the same inode as DIR, with a readdir
   position of its own, or NULL if memory is short. */
struct dir *
dir_reopen (struct dir *dir)
{
  return dir_open (inode_reopen (dir->inode));
}

/* Closes DIR.  A null DIR is ignored. */
void
dir_close (struct dir *dir)
{
  if (dir == NULL)
    return;
  inode_close (dir->inode);
  free (dir);
}

/* Returns the inode behind DIR. */
struct inode *
dir_get_inode (struct dir *dir)
{
  return dir->inode;
}

/* Reads the slot at byte OFS of the directory INODE into *E, with its
   name cut to NAME_MAX characters: on a corrupted disk, or at a
   position a user seek left between slots, the bytes may be anything.
   Returns false at end of the directory. */
static bool
read_slot (struct inode *inode, off_t ofs, struct dir_entry *e)
{
  if (inode_read_at (inode, e, sizeof *e, ofs) != sizeof *e)
    return false;
  e->name[NAME_MAX] = '\0';
  return true;
}

/* Reads the slot at byte OFS of DIR into *E.  Returns false at end of
   the directory. */
static bool
read_entry (const struct dir *dir, off_t ofs, struct dir_entry *e)
{
  return read_slot (dir->inode, ofs, e);
}

/* Searches DIR for NAME.  If found, stores its slot in *E and the
   slot's offset in *OFSP and returns true; otherwise returns false. */
static bool
find_entry (const struct dir *dir, const char *name,
            struct dir_entry *e, off_t *ofsp)
{
  off_t ofs;

  for (ofs = 0; read_entry (dir, ofs, e); ofs += sizeof *e)
    if (e->in_use && !strcmp (name, e->name))
      {
        *ofsp = ofs;
        return true;
      }
  return false;
}

/* Returns the offset of DIR's first free slot, or of its end if every
   slot is in use. */
static off_t
find_free_slot (const struct dir *dir)
{
  struct dir_entry e;
  off_t ofs;

  for (ofs = 0; read_entry (dir, ofs, &e); ofs += sizeof e)
    if (!e.in_use)
      break;
  return ofs;
}

/* Returns true if NAME can name a directory entry: 1 to NAME_MAX
   characters. */
static bool
name_is_valid (const char *name)
{
  return name[0] != '\0' && strnlen (name, NAME_MAX + 1) <= NAME_MAX;
}

/* Looks up NAME in DIR.  If it is there, opens its inode, stores it in
   *INODE and returns true.  Otherwise, or if memory is short, stores
   NULL in *INODE and returns false.  The caller closes the inode. */
bool
dir_lookup (const struct dir *dir, const char *name, struct inode **inode)
{
  struct dir_entry e;
  off_t ofs;

  ASSERT (dir != NULL && name != NULL);

  *inode = NULL;
  lock_acquire (inode_dir_lock (dir->inode));
  /* Only a corrupted disk names the free map's inode; opening it as
     a file would let a program scribble over the map. */
  if (!inode_is_removed (dir->inode) && find_entry (dir, name, &e, &ofs)
      && e.inode_sector != FREE_MAP_SECTOR)
    *inode = inode_open (e.inode_sector);
  lock_release (inode_dir_lock (dir->inode));
  return *inode != NULL;
}

/* Adds an entry to DIR that gives the inode at INODE_SECTOR the name
   NAME.  Returns false, adding nothing, if NAME is empty, longer than
   NAME_MAX or already in DIR, or if DIR has no room for it. */
bool
dir_add (struct dir *dir, const char *name, block_sector_t inode_sector)
{
  struct dir_entry e;
  off_t ofs;

  bool added = false;

  ASSERT (dir != NULL && name != NULL);

  if (!name_is_valid (name))
    return false;
  lock_acquire (inode_dir_lock (dir->inode));
  if (!inode_is_removed (dir->inode) && !find_entry (dir, name, &e, &ofs))
    {
      memset (&e, 0, sizeof e);
      e.in_use = true;
      strlcpy (e.name, name, sizeof e.name);
      e.inode_sector = inode_sector;
      ofs = find_free_slot (dir);
      added = inode_write_at (dir->inode, &e, sizeof e, ofs) == sizeof e;
    }
  lock_release (inode_dir_lock (dir->inode));
  return added;
}

/* Returns true if the directory in INODE has no entry in use.  The
   caller holds INODE's dir_lock. */
static bool
is_empty (struct inode *inode)
{
  struct dir_entry e;
  off_t ofs;

  for (ofs = 0; inode_read_at (inode, &e, sizeof e, ofs) == sizeof e;
       ofs += sizeof e)
    if (e.in_use)
      return false;
  return true;
}

/* Clears the entry E at OFS of DIR, which names INODE, and marks INODE
   removed -- for a directory only if it is empty, checked under its
   own dir_lock so that nothing can be added to it meanwhile.  Returns
   true if it was removed.  The caller holds DIR's dir_lock. */
static bool
unlink_entry (struct dir *dir, struct dir_entry *e, off_t ofs,
              struct inode *inode)
{
  bool is_dir = inode_is_dir (inode);
  bool success = true;

  /* Only a corrupted disk has a directory naming itself; taking its
     dir_lock twice would hang. */
  if (inode == dir->inode)
    return false;
  if (is_dir)
    {
      lock_acquire (inode_dir_lock (inode));
      success = is_empty (inode);
    }
  if (success)
    {
      e->in_use = false;
      success = inode_write_at (dir->inode, e, sizeof *e, ofs) == sizeof *e;
      if (success)
        inode_remove (inode);
    }
  if (is_dir)
    lock_release (inode_dir_lock (inode));
  return success;
}

/* Removes NAME from DIR and marks its inode for deletion, which
   happens once nobody has it open.  Returns false if NAME is not in
   DIR or the removal could not be done. */
bool
dir_remove (struct dir *dir, const char *name)
{
  struct dir_entry e;
  struct inode *inode;
  off_t ofs;
  bool success;

  ASSERT (dir != NULL && name != NULL);

  success = false;
  lock_acquire (inode_dir_lock (dir->inode));
  if (find_entry (dir, name, &e, &ofs))
    {
      inode = inode_open (e.inode_sector);
      if (inode != NULL)
        {
          success = unlink_entry (dir, &e, ofs, inode);
          inode_close (inode);
        }
    }
  lock_release (inode_dir_lock (dir->inode));
  return success;
}

/* Reads the next name in use in the directory INODE, from byte *POS
   on, into NAME, advances *POS past it and returns true; returns false
   once there are no more, or if the directory was removed.  Names
   added or removed meanwhile may or may not show up. */
bool
dir_read_next (struct inode *inode, off_t *pos, char name[NAME_MAX + 1])
{
  struct dir_entry e;
  bool found = false;

  lock_acquire (inode_dir_lock (inode));
  if (!inode_is_removed (inode) && *pos >= 0)
    while (!found && read_slot (inode, *pos, &e))
      {
        *pos += sizeof e;
        if (e.in_use)
          {
            strlcpy (name, e.name, NAME_MAX + 1);
            found = true;
          }
      }
  lock_release (inode_dir_lock (inode));
  return found;
}

/* Reads DIR's next name, at its readdir position, into NAME and
   returns true; returns false once there are no more. */
bool
dir_readdir (struct dir *dir, char name[NAME_MAX + 1])
{
  return dir_read_next (dir->inode, &dir->pos, name);
}
