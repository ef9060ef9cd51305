#ifndef FILESYS_INODE_H
#define FILESYS_INODE_H

/* Inodes: the on-disk description of a file's bytes, and the single
   in-memory copy shared by everyone who has a given inode open. */

#include <stdbool.h>
#include "filesys/off_t.h"
#include "devices/block.h"

/* Largest file, in bytes. */
#define FILE_MAX (8 * 1024 * 1024)

struct lock;

struct inode;

/* Called once, before any inode is opened. */
void inode_init (void);

/* On disk: writing a new file inode of LENGTH zero bytes, or an empty
   directory inode, into SECTOR, which the caller has allocated, and
   deleting one that nobody has open. */
bool inode_create (block_sector_t sector, off_t length);
bool inode_create_dir (block_sector_t sector, block_sector_t parent,
                       off_t length);
void inode_delete (block_sector_t sector);

/* In memory: every inode_open() or inode_reopen() is balanced by one
   inode_close(); openers of the same sector share one struct inode.
   A removed inode's sectors are freed at its last close. */
struct inode *inode_open (block_sector_t sector);
struct inode *inode_reopen (struct inode *inode);
void inode_close (struct inode *inode);
void inode_remove (struct inode *inode);
bool inode_is_removed (struct inode *inode);

/* What an open inode is: its number (the sector it sits in) and size. */
block_sector_t inode_get_inumber (const struct inode *inode);
off_t inode_length (const struct inode *inode);

/* Directories: whether INODE is one, its parent's inode sector, and
   the lock directory.c keeps its entries consistent with. */
bool inode_is_dir (const struct inode *inode);
block_sector_t inode_get_parent (const struct inode *inode);
struct lock *inode_dir_lock (struct inode *inode);

/* Its bytes.  Reads stop at end of file; writes past it extend the
   file, up to FILE_MAX, in the extended build and stop there in the
   base one; writes move nothing while any opener denies them. */
off_t inode_read_at (struct inode *inode, void *buffer, off_t size,
                     off_t offset);
off_t inode_write_at (struct inode *inode, const void *buffer,
                      off_t size, off_t offset);

/* Write denial, counted: one deny per opener at most, each withdrawn
   by an allow before that opener closes. */
void inode_deny_write (struct inode *inode);
void inode_allow_write (struct inode *inode);

#endif /* filesys/inode.h */
