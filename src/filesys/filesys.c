/* The file system, seen from outside.

   This module finds the file-system device, formats it on request,
   and offers creation, opening and removal of files and directories
   by path.  The free map's inode is at FREE_MAP_SECTOR and the root
   directory's at ROOT_DIR_SECTOR.

   Paths.  In the extended build (FILESYS_EXTENDED), a path is a
   sequence of components separated by one or more slashes; a leading
   slash starts the walk at the root, otherwise it starts at the
   running process's current directory (the root for a thread without
   one).  "." and ".." name the directory itself and its parent (the
   root is its own parent).  Every component has 1 to NAME_MAX
   characters.  A trailing slash demands that the last component be a
   directory; a path of slashes only names the root.  Without
   FILESYS_EXTENDED, as in the userprog and vm builds, every name is a
   plain entry of the root directory, slashes and dots included: the
   base file system of CONTRACT.md section 8, which those builds' tests
   expect.  The on-disk format and everything below this file are the
   same in every build.

   Invariant: between filesys_init() and filesys_done(), the free-map
   file and the root directory are open; once filesys_done() returns,
   the device holds everything written.

   Locking: none of its own.  There is no global file-system lock:
   directory.c locks each directory while it reads and changes it,
   inode.c each inode while it grows, free-map.c the map, cache.c its
   table -- in that order, a directory lock first (see inode.c).  A
   path walk holds at most one directory lock at a time, and an open
   directory only by reference, so walks in different places proceed
   at once.  Nothing here touches user memory or waits for a frame. */

#include "filesys/filesys.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "devices/block.h"
#include "filesys/cache.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"
#ifdef USERPROG
#include "threads/thread.h"
#include "userprog/process.h"
#endif

/* Slots the root directory starts with: 128 entries of 20 bytes fill
   exactly five sectors.  In the base file system, where directories
   do not grow, that bounds how many files can exist. */
#define ROOT_DIR_ENTRY_CNT 128

/* The device that holds the file system. */
struct block *fs_device;

/* The root directory, open from filesys_init() to filesys_done(). */
static struct dir *root_dir;

/* Writes an empty file system to the device: first the free map, so
   that the root directory's sectors can be allocated from it, then
   the root directory, its own parent. */
static void
format_device (void)
{
  printf ("Formatting file system...");
  free_map_create ();
  if (!dir_create (ROOT_DIR_SECTOR, ROOT_DIR_SECTOR, ROOT_DIR_ENTRY_CNT))
    PANIC ("formatting: no room on the device for the root directory");
  printf ("done.\n");
}

/* Starts the file system on the BLOCK_FILESYS device, formatting it
   first if FORMAT is true.  Panics if there is no such device, or if
   the device holds no file system and FORMAT is false. */
void
filesys_init (bool format)
{
  inode_init ();

  /* Everything below reads or writes through fs_device. */
  fs_device = block_get_role (BLOCK_FILESYS);
  if (fs_device == NULL)
    PANIC ("no disk plays the file-system role, so there is no file "
           "system to start");
  cache_init ();
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
  cache_flush ();
}

/* Where the running thread keeps its current directory, or NULL for a
   thread that has none (it works in the root).  A null *result also
   means the root. */
static struct inode **
cwd_slot (void)
{
#ifdef USERPROG
  struct process *p = thread_current ()->process;

  if (p != NULL)
    return &p->cwd;
#endif
  return NULL;
}

/* Is NAME one of the two names every directory has without an
   entry?  Never, in the flat base file system. */
static bool
is_dot_name (const char *name)
{
#ifdef FILESYS_EXTENDED
  return !strcmp (name, ".") || !strcmp (name, "..");
#else
  (void) name;
  return false;
#endif
}

/* Opens and returns the inode NAME names in DIR, "." and ".."
   included, or NULL.  In a removed directory nothing is found. */
static struct inode *
lookup_name (struct dir *dir, const char *name)
{
  struct inode *dir_inode = dir_get_inode (dir);
  struct inode *inode = NULL;

  if (!is_dot_name (name))
    dir_lookup (dir, name, &inode);
  else if (!inode_is_removed (dir_inode))
    inode = name[1] == '\0' ? inode_reopen (dir_inode)
                            : inode_open (inode_get_parent (dir_inode));
  return inode;
}

#ifdef FILESYS_EXTENDED
/* Copies the component of *PATH that starts after any slashes into
   PART and moves *PATH past it.  Returns 1 if there was one, 0 at the
   end of the path, -1 if the component is longer than NAME_MAX. */
static int
take_component (const char **path, char part[NAME_MAX + 1])
{
  const char *p = *path;
  size_t len;

  while (*p == '/')
    p++;
  len = strcspn (p, "/");
  if (len > NAME_MAX)
    return -1;
  memcpy (part, p, len);
  part[len] = '\0';
  *path = p + len;
  return len > 0;
}

/* Opens the directory a walk of PATH starts in. */
static struct dir *
walk_start (const char *path)
{
  struct inode **cwd = cwd_slot ();

  if (path[0] == '/' || cwd == NULL || *cwd == NULL)
    return dir_reopen (root_dir);
  return dir_open (inode_reopen (*cwd));
}

/* Splits PATH into the directory holding its last component, which it
   opens and stores in *DIRP, and that component, which it copies into
   NAME ("." for a path of slashes only).  Sets *DIR_ONLY if PATH ends
   in a slash.  Returns false, with nothing open, if PATH is empty, a
   component is too long, or a directory on the way does not exist. */
static bool
resolve (const char *path, struct dir **dirp, char name[NAME_MAX + 1],
         bool *dir_only)
{
  char next[NAME_MAX + 1];
  struct dir *dir;
  int got;

  if (path[0] == '\0')
    return false;
  *dir_only = path[strlen (path) - 1] == '/';
  dir = walk_start (path);
  if (dir == NULL)
    return false;

  got = take_component (&path, name);
  if (got == 0)
    strlcpy (name, ".", NAME_MAX + 1);
  while (got > 0)
    {
      struct inode *inode;

      got = take_component (&path, next);
      if (got <= 0)
        break;

      /* NAME is a directory on the way: step into it. */
      inode = lookup_name (dir, name);
      dir_close (dir);
      if (inode == NULL || !inode_is_dir (inode))
        {
          inode_close (inode);
          return false;
        }
      dir = dir_open (inode);
      if (dir == NULL)
        return false;
      strlcpy (name, next, NAME_MAX + 1);
    }
  if (got < 0)
    {
      dir_close (dir);
      return false;
    }
  *dirp = dir;
  return true;
}
#else
/* The flat base file system's version: every PATH is a name in the
   root directory.  Fails for a name no entry can have. */
static bool
resolve (const char *path, struct dir **dirp, char name[NAME_MAX + 1],
         bool *dir_only)
{
  if (path[0] == '\0' || strnlen (path, NAME_MAX + 1) > NAME_MAX)
    return false;
  strlcpy (name, path, NAME_MAX + 1);
  *dir_only = false;
  *dirp = dir_reopen (root_dir);
  return *dirp != NULL;
}
#endif

/* Opens the inode PATH names, or returns NULL. */
static struct inode *
open_path (const char *path)
{
  char name[NAME_MAX + 1];
  struct dir *dir;
  struct inode *inode;
  bool dir_only;

  if (!resolve (path, &dir, name, &dir_only))
    return NULL;
  inode = lookup_name (dir, name);
  dir_close (dir);
  if (inode != NULL && dir_only && !inode_is_dir (inode))
    {
      inode_close (inode);
      inode = NULL;
    }
  return inode;
}

/* Creates an inode at a newly allocated sector and names it PATH: a
   file of INITIAL_SIZE bytes, or if IS_DIR an empty directory.  Each
   failure gives back what the steps before it took. */
static bool
create_path (const char *path, off_t initial_size, bool is_dir)
{
  char name[NAME_MAX + 1];
  struct dir *dir;
  block_sector_t sector;
  bool dir_only, success = false;

  if (!resolve (path, &dir, name, &dir_only))
    return false;
  if (!is_dot_name (name) && (is_dir || !dir_only)
      && free_map_allocate (1, &sector))
    {
      if (is_dir)
        success = dir_create (sector,
                              inode_get_inumber (dir_get_inode (dir)), 0);
      else
        success = inode_create (sector, initial_size);
      if (!success)
        free_map_release (sector, 1);
      else if (!dir_add (dir, name, sector))
        {
          inode_delete (sector);
          success = false;
        }
    }
  dir_close (dir);
  return success;
}

/* Creates a file named NAME, INITIAL_SIZE bytes long and full of
   zeros.  Returns false, creating nothing, if NAME is invalid or
   taken, or memory or disk space runs out. */
bool
filesys_create (const char *name, off_t initial_size)
{
  return create_path (name, initial_size, false);
}

/* Creates an empty directory named NAME.  Returns false, creating
   nothing, if NAME is invalid or taken, or memory or disk space runs
   out. */
bool
filesys_mkdir (const char *name)
{
  return create_path (name, 0, true);
}

/* Opens the file or directory named NAME.  Returns the new file, or
   NULL if there is no such file or memory is short. */
struct file *
filesys_open (const char *name)
{
  /* On failure file_open() closes the inode for us. */
  return file_open (open_path (name));
}

/* Deletes the file or empty directory named NAME.  Those who have it
   open keep using it until they close it (a removed directory looks
   empty to them, and nothing can be created in it).  Returns false if
   there is no such file, it is a non-empty directory or the root, or
   memory is short. */
bool
filesys_remove (const char *name)
{
  char last[NAME_MAX + 1];
  struct dir *dir;
  bool dir_only, removed = false;

  if (!resolve (name, &dir, last, &dir_only))
    return false;
  if (!is_dot_name (last))
    {
      if (dir_only)
        {
          /* "NAME/" may only remove a directory. */
          struct inode *inode = lookup_name (dir, last);
          bool is_dir = inode != NULL && inode_is_dir (inode);

          inode_close (inode);
          if (!is_dir)
            {
              dir_close (dir);
              return false;
            }
        }
      removed = dir_remove (dir, last);
    }
  dir_close (dir);
  return removed;
}

/* Makes the directory NAME the running process's current directory.
   Returns false if NAME is not a directory or the thread has no
   process. */
bool
filesys_chdir (const char *name)
{
  struct inode **cwd = cwd_slot ();
  struct inode *inode;

  if (cwd == NULL)
    return false;
  inode = open_path (name);
  if (inode == NULL || !inode_is_dir (inode))
    {
      inode_close (inode);
      return false;
    }
  inode_close (*cwd);
  *cwd = inode;
  return true;
}
