#ifndef TESTS_FILESYS_BASE_SYN_WRITE_H
#define TESTS_FILESYS_BASE_SYN_WRITE_H

/* What syn-write and its children, child-syn-wrt, agree on. */

/* The shared file, how many children write it, and how many bytes
   each writes: child I writes bytes I * SYN_WRITE_CHUNK onward. */
#define SYN_WRITE_FILE "stuff"
#define SYN_WRITE_CHILDREN 10
#define SYN_WRITE_CHUNK 700
#define SYN_WRITE_SIZE (SYN_WRITE_CHILDREN * SYN_WRITE_CHUNK)

#endif /* tests/filesys/base/syn-write.h */
