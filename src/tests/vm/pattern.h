#ifndef TESTS_VM_PATTERN_H
#define TESTS_VM_PATTERN_H

/* Contents for large memory areas that a virtual-memory test fills,
   lets the kernel page out and in, and checks word by word.

   Word I of pattern SEED depends on both, so a page that comes back
   from swap or a file at the wrong address, or from a different
   process, or a page whose last write was lost, shows up as a wrong
   word at a known index.  Nothing else needs to be kept to check an
   area: the pattern is recomputed from (SEED, I). */

#include <stddef.h>
#include <stdint.h>

/* Bytes in one page, as the tests see memory. */
#define PAGE_SIZE 4096
#define PAGE_WORDS (PAGE_SIZE / sizeof (uint32_t))

uint32_t pattern_word (uint32_t seed, size_t index);
void pattern_fill (uint32_t *words, size_t first, size_t cnt, uint32_t seed);
void pattern_check (const uint32_t *words, size_t first, size_t cnt,
                    uint32_t seed, const char *what);

#endif /* tests/vm/pattern.h */
