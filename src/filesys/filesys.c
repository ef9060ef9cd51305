/* The file system, seen from outside.

   This module finds the file-system device, formats it on request,
   and offers creation, opening and removal of files by name.  The
   base file system has one directory, the root, whose inode is at
   ROOT_DIR_SECTOR; the free map's inode is at FREE_MAP_SECTOR.  Since
   files here never grow, the root directory is created with room for
   ROOT_DIR_ENTRY_CNT names, which bounds how many files can exist.

   Every by-name operation goes through the root directory, so it is
   opened once, by filesys_init(), and kept open until filesys_done().
   That also means creating, opening and removing a file need no
   memory for the directory itself, which keeps them working when user
   programs have exhausted the kernel's pool.

   Invariant: between filesys_init() and filesys_done(), the free-map
   file and the root directory are open, and the map on disk matches
   the one in memory; once filesys_done() returns, the device holds
   everything written (block writes are synchronous, and nothing is
   cached above them).

   Locking: the file system locks itself, so any thread may call in
   at any time -- including a page fault that writes a mapped page
   back while another thread is inside.  names_lock serializes the
   operations on names (create, open, remove), which read and change
   the root directory.  Below it each layer has its own lock: the list
   of open inodes (inode.c), the free map (free-map.c) and each
   inode's writes (inode.c).  Lock order: names_lock, then
   open_inodes_lock, then the free map's lock, then an inode's lock,
   then the disk's.  Reading and writing an open file takes only the
   last two, so it never waits for a name operation.  Nothing here
   touches user memory or waits for a frame. */

#include "filesys/filesys.h"
#include <debug.h>
#include <stdio.h>
#include "devices/block.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "threads/synch.h"

/* Names the root directory has room for: 128 entries of 20 bytes
   fill exactly five sectors. */
#define ROOT_DIR_ENTRY_CNT 128

/* The device that holds the file system. */
struct block *fs_device;

/* The root directory, open from filesys_init() to filesys_done(). */
static struct dir *root_dir;

/* Serializes operations on names; see the top of the file. */
static struct lock names_lock;

/* Writes an empty file system to the device: first the free map, so
   that the root directory's sectors can be allocated from it, then
   the root directory.  The free-map file is left open, and since it
   was open while the directory took its sectors, what is on disk
   already matches the map in memory. */
static void
format_device (void)
{
  printf ("Formatting file system...");
  free_map_create ();
  if (!dir_create (ROOT_DIR_SECTOR, ROOT_DIR_ENTRY_CNT))
    PANIC ("formatting: no room on the device for the root directory");
  printf ("done.\n");
}

/* Starts the file system on the BLOCK_FILESYS device, formatting it
   first if FORMAT is true.  Panics if there is no such device, or if
   the device holds no file system and FORMAT is false. */
void
filesys_init (bool format)
{
  lock_init (&names_lock);
  inode_init ();

  /* Everything below reads or writes through fs_device. */
  fs_device = block_get_role (BLOCK_FILESYS);
  if (fs_device == NULL)
    PANIC ("no disk plays the file-system role, so there is no file "
           "system to start");
  free_map_init ();

  if (format)
    format_device ();
  else
    free_map_open ();

  root_dir = dir_open_root ();
  if (root_dir == NULL)
    PANIC ("cannot open the root directory");
}

/* Shuts the file system down, leaving everything written on disk. */
void
filesys_done (void)
{
  dir_close (root_dir);
  root_dir = NULL;
  free_map_close ();
}

/* Does filesys_create()'s work; the caller holds names_lock. */
static bool
create_locked (const char *name, off_t initial_size)
{
  block_sector_t sector;

  /* The inode gets a sector of its own before it has a name; each
     later failure gives back what the steps before it took. */
  if (!free_map_allocate (1, &sector))
    return false;
  if (!inode_create (sector, initial_size))
    {
      free_map_release (sector, 1);
      return false;
    }
  if (!dir_add (root_dir, name, sector))
    {
      inode_delete (sector);
      return false;
    }
  return true;
}

/* Creates a file named NAME, INITIAL_SIZE bytes long and full of
   zeros.  Returns false, creating nothing, if NAME is invalid or
   taken, or memory, disk space or directory space runs out. */
bool
filesys_create (const char *name, off_t initial_size)
{
  bool created;

  lock_acquire (&names_lock);
  created = create_locked (name, initial_size);
  lock_release (&names_lock);
  return created;
}

/* Opens the file named NAME.  Returns the new file, or NULL if there
   is no such file or memory is short. */
struct file *
filesys_open (const char *name)
{
  struct inode *inode;
  bool found;

  lock_acquire (&names_lock);
  found = dir_lookup (root_dir, name, &inode);
  lock_release (&names_lock);
  if (!found)
    return NULL;
  /* On failure file_open() closes INODE for us. */
  return file_open (inode);
}

/* Deletes the file named NAME.  Those who have it open keep using it
   until they close it.  Returns false if there is no such file or
   memory is short. */
bool
filesys_remove (const char *name)
{
  bool removed;

  lock_acquire (&names_lock);
  removed = dir_remove (root_dir, name);
  lock_release (&names_lock);
  return removed;
}
