#ifndef __LIB_STDLIB_H
#define __LIB_STDLIB_H

/* Conversion, sorting, searching and memory allocation. */

#include <stddef.h>

/* Converts the decimal integer at the start of STRING, after any
   white space and an optional sign, and returns it.  Returns 0 if
   there are no digits.  Overflow is not detected. */
int atoi (const char *string);

/* Returns the absolute value of N; abs (INT_MIN) is undefined. */
int abs (int n);

/* Sorts the CNT elements of SIZE bytes each at ARRAY into the order
   given by COMPARE, which returns a negative, zero or positive value
   when its first argument sorts before, with or after its second.
   The sort is a heap sort: O(n lg n), in place, and not stable. */
void qsort (void *array, size_t cnt, size_t size,
            int (*compare) (const void *, const void *));

/* Returns an element of the sorted ARRAY (CNT elements of SIZE bytes)
   that compares equal to KEY, or a null pointer if there is none.
   COMPARE is called with KEY as its first argument. */
void *bsearch (const void *key, const void *array, size_t cnt,
               size_t size, int (*compare) (const void *, const void *));

/* The same two algorithms for comparisons that need context: COMPARE
   gets AUX as its third argument, which saves callers a global
   variable.  qsort() and bsearch() are built on these. */
void sort (void *array, size_t cnt, size_t size,
           int (*compare) (const void *, const void *, void *aux),
           void *aux);

/* Searches as bsearch() does; see sort() for AUX. */
void *binary_search (const void *key, const void *array, size_t cnt,
                     size_t size,
                     int (*compare) (const void *, const void *, void *aux),
                     void *aux);

/* Memory allocation, with the C library's contracts.  The kernel's
   allocator is threads/malloc.c, on kernel pages; user programs get
   lib/user/malloc.c, on heap the kernel hands out through sbrk(). */
void *malloc (size_t) __attribute__ ((malloc));
void *calloc (size_t, size_t) __attribute__ ((malloc));
void *realloc (void *, size_t);
void free (void *);

#endif /* lib/stdlib.h */
