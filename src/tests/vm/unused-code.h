#ifndef TESTS_VM_UNUSED_CODE_H
#define TESTS_VM_UNUSED_CODE_H

/* Three pages of code that never runs (unused-code.S), for tests that
   need a read-only page of the executable that nothing has touched:
   with lazy loading, one that is not even in memory yet.
   unused_code_page() returns the page-aligned start of a page wholly
   inside it. */

#include <stdint.h>

extern const char unused_code[];

static inline const char *
unused_code_page (void)
{
  return (const char *) (((uintptr_t) unused_code + 0xfff) & ~0xfffu);
}

#endif /* tests/vm/unused-code.h */
