#ifndef FILESYS_FILE_H
#define FILESYS_FILE_H

/* Open files: an inode plus a current position, and whether this
   opening has denied writes to the inode.  An opening may have several
   holders, who share its position.  struct file itself is private to
   file.c. */

#include <stdbool.h>
#include "filesys/off_t.h"
#include "filesys/directory.h"

struct inode;
struct file;

/* A file's life.  file_open() takes over the caller's opening of the
   inode, and a reopened file has a position of its own; a shared file
   gains a holder, with the same position.  file_close() lets go of one
   holder (NULL is accepted); the last one's call undoes any write
   denial the file made. */
struct file *file_open (struct inode *inode);
struct file *file_reopen (struct file *file);
struct file *file_share (struct file *file);
void file_close (struct file *file);
struct inode *file_get_inode (struct file *file);

/* Data moved at the file's position, which advances past it. */
off_t file_read (struct file *file, void *buffer, off_t size);
off_t file_write (struct file *file, const void *buffer, off_t size);

/* Data moved at an explicit byte offset; the position is untouched. */
off_t file_read_at (struct file *file, void *buffer, off_t size,
                    off_t start);
off_t file_write_at (struct file *file, const void *buffer, off_t size,
                     off_t start);

/* The position, and the size it moves within. */
void file_seek (struct file *file, off_t new_pos);
off_t file_tell (struct file *file);
off_t file_length (struct file *file);

/* Executables are kept unchanged while they run: the loader denies
   writes to the inode through its file until that file is closed. */
void file_deny_write (struct file *file);
void file_allow_write (struct file *file);

/* A file open on a directory: reading its names, one per call, from
   the file's position on ("." and ".." are not among them). */
bool file_is_dir (struct file *file);
bool file_readdir (struct file *file, char name[NAME_MAX + 1]);

#endif /* filesys/file.h */
