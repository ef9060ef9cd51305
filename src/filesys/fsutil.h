#ifndef FILESYS_FSUTIL_H
#define FILESYS_FSUTIL_H

/* The file-system actions of the kernel command line.  Each takes the
   action's words, ARGV[0] being the action's name; threads/init.c
   checks how many words each one gets before calling it. */

/* "ls": print every name in the root directory. */
void fsutil_ls (char **argv);

/* "cat FILE": hex-dump FILE's bytes to the console. */
void fsutil_cat (char **argv);

/* "rm FILE": delete FILE. */
void fsutil_rm (char **argv);

/* "extract": unpack the ustar archive that `pintos -p' left on the
   scratch disk into the file system. */
void fsutil_extract (char **argv);

/* "append FILE": add FILE to the archive on the scratch disk that
   `pintos -g' unpacks on the host afterwards. */
void fsutil_append (char **argv);

#endif /* filesys/fsutil.h */
