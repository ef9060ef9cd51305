#ifndef FILESYS_DIRECTORY_H
#define FILESYS_DIRECTORY_H

/* Directories: files that map names to inode sectors.  A struct dir is
   an open directory, private to directory.c; everything outside sees
   it only through a pointer. */

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"
#include "filesys/off_t.h"

/* Longest file name, in characters, not counting the null.  Part of
   the on-disk entry format, so disks written earlier stay readable
   only while it stays 14. */
#define NAME_MAX 14

struct inode;
struct dir;

/* Writing a fresh, empty directory into an already allocated SECTOR,
   a child of the directory whose inode is at PARENT, with ENTRY_CNT
   free slots to start with. */
bool dir_create (block_sector_t sector, block_sector_t parent,
                 size_t entry_cnt);

/* Getting hold of a directory.  dir_open() takes over the caller's
   opening of the inode; every successful open, root or reopen, is
   balanced by one dir_close(), which accepts NULL. */
struct dir *dir_open_root (void);
struct dir *dir_open (struct inode *inode);
struct dir *dir_reopen (struct dir *dir);
void dir_close (struct dir *dir);

/* The inode the directory is stored in, still owned by DIR. */
struct inode *dir_get_inode (struct dir *dir);

/* Names in a directory.  A successful lookup hands back an inode that
   the caller must close. */
bool dir_lookup (const struct dir *dir, const char *name,
                 struct inode **inode);
bool dir_add (struct dir *dir, const char *name, block_sector_t sector);
bool dir_remove (struct dir *dir, const char *name);

/* Walking a directory: each call yields the next name in use, from a
   position kept in DIR itself. */
bool dir_readdir (struct dir *dir, char name[NAME_MAX + 1]);

/* The same walk for a directory open as a file: *POS is the position,
   kept by the caller (a struct file's). */
bool dir_read_next (struct inode *inode, off_t *pos,
                    char name[NAME_MAX + 1]);

#endif /* filesys/directory.h */
