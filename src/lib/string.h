#ifndef __LIB_STRING_H
#define __LIB_STRING_H

/* Memory and string functions.  They behave as in standard C unless a
   comment says otherwise; none of them accepts a null pointer except
   where noted.  The unbounded copying functions of standard C are
   deliberately missing (see the end of this file). */

#include <stddef.h>

/* Memory blocks.  memcpy()'s blocks must not overlap; memmove()'s
   may. */
void *memcpy (void *dst, const void *src, size_t size);
void *memmove (void *dst, const void *src, size_t size);
int memcmp (const void *a, const void *b, size_t size);
void *memchr (const void *block, int ch, size_t size);
void *memset (void *dst, int value, size_t size);

/* Comparison, as unsigned chars. */
int strcmp (const char *a, const char *b);
int strncmp (const char *a, const char *b, size_t size);

/* Searching. */
char *strchr (const char *string, int ch);
char *strrchr (const char *string, int ch);
size_t strspn (const char *string, const char *accept);
size_t strcspn (const char *string, const char *reject);
char *strpbrk (const char *string, const char *stop);
char *strstr (const char *haystack, const char *needle);

/* Splits STRING into tokens separated by runs of DELIMITERS,
   overwriting each delimiter that ends a token with a null byte.
   Pass the string on the first call and NULL afterward; SAVE_PTR
   keeps the position between calls.  Returns each token in turn,
   then NULL. */
char *strtok_r (char *string, const char *delimiters, char **save_ptr);

/* Lengths.  strnlen() looks at no more than MAX_LEN bytes. */
size_t strlen (const char *string);
size_t strnlen (const char *string, size_t max_len);

/* Bounded copy and concatenation as in BSD.  Both always
   null-terminate the result when SIZE is nonzero, never write more
   than SIZE bytes to DST, and return the length of the string they
   tried to create; a return value of SIZE or more means the result
   was truncated. */
size_t strlcpy (char *dst, const char *src, size_t size);
size_t strlcat (char *dst, const char *src, size_t size);

/* Functions that overrun buffers (or keep hidden state) are refused
   at compile time: a call to any of them names this declaration,
   whose error message points to the safe replacement. */
char *__lib_unsafe_string_function (char *, ...)
  __attribute__ ((error ("unsafe string function: use strlcpy, "
                         "strlcat or strtok_r instead")));
#define strcpy __lib_unsafe_string_function
#define strncpy __lib_unsafe_string_function
#define strcat __lib_unsafe_string_function
#define strncat __lib_unsafe_string_function
#define strtok __lib_unsafe_string_function

#endif /* lib/string.h */
