#ifndef FILESYS_FSUTIL_H
#define FILESYS_FSUTIL_H

/* The file-system actions of the kernel command line.  Each takes the
   action's words, ARGV[0] being the action's name. */

void fsutil_ls (char **argv);
void fsutil_cat (char **argv);
void fsutil_rm (char **argv);
void fsutil_extract (char **argv);
void fsutil_append (char **argv);

#endif /* filesys/fsutil.h */
