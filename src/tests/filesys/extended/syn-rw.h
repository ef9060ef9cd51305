#ifndef TESTS_FILESYS_EXTENDED_SYN_RW_H
#define TESTS_FILESYS_EXTENDED_SYN_RW_H

/* What syn-rw and its children, child-syn-rw, agree on: the file, its
   final size, and its data, the first SYN_RW_SIZE bytes of
   random_bytes()' stream from seed SYN_RW_SEED. */

#define SYN_RW_FILE "logfile"
#define SYN_RW_SIZE (12 * 1024)
#define SYN_RW_SEED 0x72770000
#define SYN_RW_READERS 4

#endif /* tests/filesys/extended/syn-rw.h */
