#ifndef TESTS_FILESYS_SEQ_TEST_H
#define TESTS_FILESYS_SEQ_TEST_H

/* Writing a file from start to end, the pattern behind many file
   system tests.

   seq_test() fills the SIZE bytes at BUF with random bytes, creates
   FILE_NAME with INITIAL_SIZE bytes, and writes BUF to it in order, in
   pieces whose sizes BLOCK_SIZE_FUNC returns (cut short at the end).
   After each piece it calls CHECK_FUNC, if not null, with the file
   descriptor and the number of bytes written so far.  Finally it
   closes the file and checks its contents with check_file().  It
   reports `create', `open', `writing' and `close' of FILE_NAME, and
   fails at the first call that does not succeed. */

#include <stddef.h>

void seq_test (const char *file_name, void *buf, size_t size,
               size_t initial_size, size_t (*block_size_func) (void),
               void (*check_func) (int fd, long ofs));

#endif /* tests/filesys/seq-test.h */
