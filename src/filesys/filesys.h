#ifndef FILESYS_FILESYS_H
#define FILESYS_FILESYS_H

/* The file system as the rest of the kernel sees it: set up and shut
   down, and create, open and remove files by name in the single root
   directory. */

#include <stdbool.h>
#include "filesys/off_t.h"

/* Sectors with a fixed job on every file-system device. */
#define FREE_MAP_SECTOR 0       /* Inode of the free-map file. */
#define ROOT_DIR_SECTOR 1       /* Inode of the root directory. */

/* The device that holds the file system. */
extern struct block *fs_device;

void filesys_init (bool format);
void filesys_done (void);
bool filesys_create (const char *name, off_t initial_size);
struct file *filesys_open (const char *name);
bool filesys_remove (const char *name);

#endif /* filesys/filesys.h */
