#ifndef __LIB_CTYPE_H
#define __LIB_CTYPE_H

/* Character classification for the 7-bit ASCII "C" locale.  Every
   function takes an int holding an unsigned char value (or any other
   int, which simply matches no class) and returns nonzero for a
   member of the class. */

static inline int islower (int c) { return c >= 'a' && c <= 'z'; }
static inline int isupper (int c) { return c >= 'A' && c <= 'Z'; }
static inline int isalpha (int c) { return islower (c) || isupper (c); }
static inline int isdigit (int c) { return c >= '0' && c <= '9'; }
static inline int isalnum (int c) { return isalpha (c) || isdigit (c); }
static inline int isxdigit (int c)
{
  return isdigit (c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
/* Space, \t, \n, \v, \f and \r. */
static inline int isspace (int c)
{
  return c == ' ' || (c >= '\t' && c <= '\r');
}
static inline int isblank (int c) { return c == ' ' || c == '\t'; }
static inline int isgraph (int c) { return c > ' ' && c < 127; }
static inline int isprint (int c) { return c >= ' ' && c < 127; }
static inline int iscntrl (int c) { return (c >= 0 && c < ' ') || c == 127; }
static inline int isascii (int c) { return c >= 0 && c < 128; }
static inline int ispunct (int c) { return isgraph (c) && !isalnum (c); }

/* Case conversion; characters that are not letters come back as is. */
static inline int tolower (int c) { return isupper (c) ? c - 'A' + 'a' : c; }
static inline int toupper (int c) { return islower (c) ? c - 'a' + 'A' : c; }

#endif /* lib/ctype.h */
