#ifndef FILESYS_INODE_H
#define FILESYS_INODE_H

/* Inodes: the on-disk description of a file's bytes, and the single
   in-memory copy shared by everyone who has a given inode open. */

#include <stdbool.h>
#include "filesys/off_t.h"
#include "devices/block.h"

void inode_init (void);
bool inode_create (block_sector_t, off_t);
struct inode *inode_open (block_sector_t);
struct inode *inode_reopen (struct inode *);
block_sector_t inode_get_inumber (const struct inode *);
void inode_close (struct inode *);
void inode_remove (struct inode *);
void inode_delete (block_sector_t);
off_t inode_read_at (struct inode *, void *, off_t size, off_t offset);
off_t inode_write_at (struct inode *, const void *, off_t size,
                      off_t offset);
void inode_deny_write (struct inode *);
void inode_allow_write (struct inode *);
off_t inode_length (const struct inode *);

#endif /* filesys/inode.h */
