#ifndef TESTS_VM_MAPPING_H
#define TESTS_VM_MAPPING_H

/* Helpers for the mmap tests. */

#include <stddef.h>
#include <syscall.h>

/* Where the tests map files: far above any test program's code and
   data, far below its stack. */
#define MAP_ADDR ((void *) 0x10000000)

int make_file (const char *name, const void *data, size_t size);
mapid_t map_or_fail (int fd, void *addr, const char *name);
void check_zero_tail (const void *mapping, size_t size);

#endif /* tests/vm/mapping.h */
