#ifndef TESTS_FILESYS_BASE_FILE_TEST_H
#define TESTS_FILESYS_BASE_FILE_TEST_H

/* The patterns behind the sm-* and lg-* file-system tests: each of
   those programs is one call to one of these, with its own file size
   and block size. */

#include <stddef.h>

/* Largest file size the patterns handle. */
#define FILE_TEST_MAX 81920

void create_test (const char *file_name, size_t size);
void full_test (const char *file_name, size_t size);
void sequential_test (const char *file_name, size_t size, size_t block_size);
void random_test (const char *file_name, size_t size, size_t block_size);

#endif /* tests/filesys/base/file-test.h */
