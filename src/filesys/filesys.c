/* The file system, seen from outside.

   This module finds the file-system device, formats it on request,
   and offers creation, opening and removal of files by name.  The
   base file system has one directory, the root, whose inode is at
   ROOT_DIR_SECTOR; the free map's inode is at FREE_MAP_SECTOR.  Since
   files here never grow, the root directory is created with room for
   ROOT_DIR_ENTRY_CNT names, which bounds how many files can exist.

   Invariant: after filesys_init() returns, the free-map file is open
   and the map on disk matches the one in memory; filesys_done()
   closes it, after which the device holds everything written (block
   writes are synchronous, and nothing is cached above them).

   Locking: none beyond the inode layer's.  Callers serialize the file
   system as a whole; user programs do so through the file-system lock
   in userprog/syscall.c, and the kernel's own callers (fsutil.c, boot
   and shutdown) run before or after any user program. */

#include "filesys/filesys.h"
#include <debug.h>
#include <stdio.h>
#include "devices/block.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"

/* Names the root directory has room for: 128 entries of 20 bytes
   fill exactly five sectors. */
#define ROOT_DIR_ENTRY_CNT 128

/* The device that holds the file system. */
struct block *fs_device;

static void do_format (void);

/* Starts the file system on the BLOCK_FILESYS device, formatting it
   first if FORMAT is true.  Panics if there is no such device. */
void
filesys_init (bool format)
{
  fs_device = block_get_role (BLOCK_FILESYS);
  if (fs_device == NULL)
    PANIC ("No file system device found, can't initialize file system.");

  inode_init ();
  free_map_init ();
  if (format)
    do_format ();
  free_map_open ();
}

/* Shuts the file system down, leaving everything written on disk. */
void
filesys_done (void)
{
  free_map_close ();
}

/* Creates a file named NAME, INITIAL_SIZE bytes long and full of
   zeros.  Returns false, creating nothing, if NAME is invalid or
   taken, or memory, disk space or directory space runs out. */
bool
filesys_create (const char *name, off_t initial_size)
{
  struct dir *dir = dir_open_root ();
  block_sector_t sector;
  bool success = false;

  if (dir == NULL || !free_map_allocate (1, &sector))
    goto done;
  if (!inode_create (sector, initial_size))
    {
      free_map_release (sector, 1);
      goto done;
    }
  success = dir_add (dir, name, sector);
  if (!success)
    inode_delete (sector);

 done:
  dir_close (dir);
  return success;
}

/* Opens the file named NAME.  Returns the new file, or NULL if there
   is no such file or memory is short. */
struct file *
filesys_open (const char *name)
{
  struct dir *dir = dir_open_root ();
  struct inode *inode = NULL;

  if (dir != NULL)
    dir_lookup (dir, name, &inode);
  dir_close (dir);
  return file_open (inode);
}

/* Deletes the file named NAME.  Those who have it open keep using it
   until they close it.  Returns false if there is no such file or
   memory is short. */
bool
filesys_remove (const char *name)
{
  struct dir *dir = dir_open_root ();
  bool success = dir != NULL && dir_remove (dir, name);

  dir_close (dir);
  return success;
}

/* Writes an empty file system, with just the free map and the root
   directory, to the device. */
static void
do_format (void)
{
  printf ("Formatting file system...");
  free_map_create ();
  if (!dir_create (ROOT_DIR_SECTOR, ROOT_DIR_ENTRY_CNT))
    PANIC ("root directory creation failed");
  free_map_close ();
  printf ("done.\n");
}
