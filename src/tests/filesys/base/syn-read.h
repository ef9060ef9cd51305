#ifndef TESTS_FILESYS_BASE_SYN_READ_H
#define TESTS_FILESYS_BASE_SYN_READ_H

/* What syn-read and its children, child-syn-read, agree on. */

/* The shared file, its size, and how many children read it. */
#define SYN_READ_FILE "data"
#define SYN_READ_SIZE 4000
#define SYN_READ_CHILDREN 10

#endif /* tests/filesys/base/syn-read.h */
