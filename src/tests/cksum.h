#ifndef TESTS_CKSUM_H
#define TESTS_CKSUM_H

/* The checksum of the POSIX `cksum' utility, so that a test can print
   a short summary of a large buffer and its check script
   (tests/cksum.pm) or the host's `cksum' can tell whether the bytes
   were right. */

#include <stddef.h>

unsigned long cksum (const void *buf, size_t size);

#endif /* tests/cksum.h */
