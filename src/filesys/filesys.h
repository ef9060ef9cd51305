#ifndef FILESYS_FILESYS_H
#define FILESYS_FILESYS_H

/* The file system as the rest of the kernel sees it: set up and shut
   down, and create, open and remove files and directories by path. */

#include <stdbool.h>
#include "filesys/off_t.h"

/* Sectors with a fixed job on every file-system device.  They are part
   of the on-disk format: a disk made by an earlier run is found again
   through them. */
#define FREE_MAP_SECTOR 0       /* Inode of the free-map file. */
#define ROOT_DIR_SECTOR 1       /* Inode of the root directory. */

/* Where the file system lives; set by filesys_init(), and read by the
   modules below this one to reach the disk. */
extern struct block *fs_device;

/* Called once at boot (FORMAT erases the device first), and once at
   power-off, after which the disk holds everything written. */
void filesys_init (bool format);
void filesys_done (void);

/* Files and directories by path (see filesys.c for what a path is in
   each build).  A component longer than NAME_MAX is never found, and
   creating it fails. */
bool filesys_create (const char *name, off_t initial_size);
bool filesys_mkdir (const char *name);
struct file *filesys_open (const char *name);
bool filesys_remove (const char *name);
bool filesys_chdir (const char *name);

#endif /* filesys/filesys.h */
