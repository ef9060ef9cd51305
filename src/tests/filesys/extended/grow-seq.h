#ifndef TESTS_FILESYS_EXTENDED_GROW_SEQ_H
#define TESTS_FILESYS_EXTENDED_GROW_SEQ_H

/* The grow-seq-* tests and their relatives write one file from
   nothing, front to back, through seq_test(); they differ in the file's
   size, the size of each write, and what they check after each write.
   grow_seq() runs that with the file "growing", a buffer of SIZE random
   bytes from the start of random_bytes()' stream (seed 0, which the
   -persistence checks recompute), and writes of PIECE bytes. */

#include <stddef.h>

void grow_seq (size_t size, size_t piece,
               void (*check_func) (int fd, long ofs));

#endif /* tests/filesys/extended/grow-seq.h */
