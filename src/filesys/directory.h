#ifndef FILESYS_DIRECTORY_H
#define FILESYS_DIRECTORY_H

/* Directories: files that map names to inode sectors. */

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

/* Longest file name, in characters, not counting the null. */
#define NAME_MAX 14

struct inode;

/* Opening and closing. */
bool dir_create (block_sector_t sector, size_t entry_cnt);
struct dir *dir_open (struct inode *);
struct dir *dir_open_root (void);
struct dir *dir_reopen (struct dir *);
void dir_close (struct dir *);
struct inode *dir_get_inode (struct dir *);

/* Reading and writing. */
bool dir_lookup (const struct dir *, const char *name, struct inode **);
bool dir_add (struct dir *, const char *name, block_sector_t);
bool dir_remove (struct dir *, const char *name);
bool dir_readdir (struct dir *, char name[NAME_MAX + 1]);

#endif /* filesys/directory.h */
