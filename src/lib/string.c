/* Memory and string functions of the freestanding C library.

   The kernel is built with -fno-builtin, so these are the only
   implementations in the system; the compiler also calls memcpy()
   and memset() on its own for structure copies and initializers.
   memcpy() and memset() therefore move whole 32-bit words where the
   alignment allows it, since the kernel uses them on whole pages.
   Everything else is written plainly, a byte at a time. */

#include <string.h>
#include <debug.h>
#include <stdbool.h>
#include <stdint.h>

/* A 32-bit word that may alias memory of any type. */
typedef uint32_t __attribute__ ((may_alias)) word_t;

/* True if address P is a multiple of the word size. */
static inline bool
word_aligned (const void *p)
{
  return (uintptr_t) p % sizeof (word_t) == 0;
}

/* Copies SIZE bytes from SRC to DST, which must not overlap.
   Returns DST. */
void *
memcpy (void *dst_, const void *src_, size_t size)
{
  unsigned char *dst = dst_;
  const unsigned char *src = src_;

  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL || size == 0);

  if (word_aligned (dst) && word_aligned (src))
    for (; size >= sizeof (word_t); size -= sizeof (word_t))
      {
        *(word_t *) dst = *(const word_t *) src;
        dst += sizeof (word_t);
        src += sizeof (word_t);
      }
  while (size-- > 0)
    *dst++ = *src++;
  return dst_;
}

/* Copies SIZE bytes from SRC to DST, which may overlap.  Returns
   DST. */
void *
memmove (void *dst_, const void *src_, size_t size)
{
  unsigned char *dst = dst_;
  const unsigned char *src = src_;

  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL || size == 0);

  /* Copying forward is safe unless DST starts inside SRC. */
  if (dst <= src || dst >= src + size)
    return memcpy (dst, src, size);

  while (size-- > 0)
    dst[size] = src[size];
  return dst_;
}

/* Compares the SIZE-byte blocks A and B as unsigned bytes.  Returns
   a negative, zero or positive value when the first differing byte
   of A is smaller, there is none, or it is larger. */
int
memcmp (const void *a_, const void *b_, size_t size)
{
  const unsigned char *a = a_;
  const unsigned char *b = b_;

  ASSERT (a != NULL || size == 0);
  ASSERT (b != NULL || size == 0);

  for (; size > 0; size--, a++, b++)
    if (*a != *b)
      return *a < *b ? -1 : 1;
  return 0;
}

/* Returns the first of the SIZE bytes at BLOCK equal to CH (as an
   unsigned char), or a null pointer if there is none. */
void *
memchr (const void *block_, int ch_, size_t size)
{
  const unsigned char *block = block_;
  unsigned char ch = ch_;

  ASSERT (block != NULL || size == 0);

  for (; size > 0; size--, block++)
    if (*block == ch)
      return (void *) block;
  return NULL;
}

/* Sets the SIZE bytes at DST to VALUE (as an unsigned char).
   Returns DST. */
void *
memset (void *dst_, int value, size_t size)
{
  unsigned char *dst = dst_;
  unsigned char byte = value;
  word_t word = byte * 0x01010101u;

  ASSERT (dst != NULL || size == 0);

  for (; size > 0 && !word_aligned (dst); size--)
    *dst++ = byte;
  for (; size >= sizeof (word_t); size -= sizeof (word_t))
    {
      *(word_t *) dst = word;
      dst += sizeof (word_t);
    }
  while (size-- > 0)
    *dst++ = byte;
  return dst_;
}

/* Compares strings A and B as unsigned chars.  Returns a negative,
   zero or positive value when A sorts before, equal to or after B. */
int
strcmp (const char *a, const char *b)
{
  return strncmp (a, b, SIZE_MAX);
}

/* Like strcmp(), but compares at most SIZE characters. */
int
strncmp (const char *a_, const char *b_, size_t size)
{
  const unsigned char *a = (const unsigned char *) a_;
  const unsigned char *b = (const unsigned char *) b_;

  ASSERT (a != NULL);
  ASSERT (b != NULL);

  for (; size > 0; size--, a++, b++)
    if (*a != *b)
      return *a < *b ? -1 : 1;
    else if (*a == '\0')
      break;
  return 0;
}

/* Returns the first occurrence of CH (converted to char) in STRING,
   or a null pointer if it does not occur.  The terminating null byte
   counts as part of STRING, so CH == 0 finds the end. */
char *
strchr (const char *string, int ch_)
{
  char ch = ch_;

  ASSERT (string != NULL);

  for (;; string++)
    if (*string == ch)
      return (char *) string;
    else if (*string == '\0')
      return NULL;
}

/* Returns the last occurrence of CH (converted to char) in STRING,
   or a null pointer if it does not occur.  CH == 0 finds the
   terminating null byte. */
char *
strrchr (const char *string, int ch_)
{
  char ch = ch_;
  const char *found = NULL;

  ASSERT (string != NULL);

  for (;; string++)
    {
      if (*string == ch)
        found = string;
      if (*string == '\0')
        return (char *) found;
    }
}

/* Returns the length of the initial part of STRING made only of
   characters in ACCEPT. */
size_t
strspn (const char *string, const char *accept)
{
  size_t length;

  for (length = 0; string[length] != '\0'; length++)
    if (strchr (accept, string[length]) == NULL)
      break;
  return length;
}

/* Returns the length of the initial part of STRING made only of
   characters not in REJECT. */
size_t
strcspn (const char *string, const char *reject)
{
  size_t length;

  for (length = 0; string[length] != '\0'; length++)
    if (strchr (reject, string[length]) != NULL)
      break;
  return length;
}

/* Returns the first character of STRING that also appears in STOP,
   or a null pointer if there is none. */
char *
strpbrk (const char *string, const char *stop)
{
  string += strcspn (string, stop);
  return *string != '\0' ? (char *) string : NULL;
}

/* Returns the first occurrence of NEEDLE within HAYSTACK, or a null
   pointer if there is none.  An empty NEEDLE matches at once. */
char *
strstr (const char *haystack, const char *needle)
{
  size_t haystack_len = strlen (haystack);
  size_t needle_len = strlen (needle);
  size_t ofs;

  for (ofs = 0; ofs + needle_len <= haystack_len; ofs++)
    if (memcmp (haystack + ofs, needle, needle_len) == 0)
      return (char *) haystack + ofs;
  return NULL;
}

/* Returns the next token of the string being split, as described in
   string.h.  Once the string is used up, keeps returning NULL. */
char *
strtok_r (char *string, const char *delimiters, char **save_ptr)
{
  char *token;

  ASSERT (delimiters != NULL);
  ASSERT (save_ptr != NULL);

  if (string == NULL)
    string = *save_ptr;
  ASSERT (string != NULL);

  /* Skip leading delimiters; stop if nothing but delimiters remains. */
  token = string + strspn (string, delimiters);
  if (*token == '\0')
    {
      *save_ptr = token;
      return NULL;
    }

  /* End the token at the next delimiter, if any, and resume after
     it next time. */
  string = token + strcspn (token, delimiters);
  if (*string != '\0')
    *string++ = '\0';
  *save_ptr = string;
  return token;
}

/* Returns the number of characters in STRING before its null
   byte. */
size_t
strlen (const char *string)
{
  const char *end;

  ASSERT (string != NULL);

  for (end = string; *end != '\0'; end++)
    continue;
  return end - string;
}

/* Returns the smaller of strlen (STRING) and MAX_LEN, examining at
   most MAX_LEN bytes, so STRING need not be null-terminated. */
size_t
strnlen (const char *string, size_t max_len)
{
  size_t length;

  for (length = 0; length < max_len && string[length] != '\0'; length++)
    continue;
  return length;
}

/* Copies SRC into the SIZE-byte buffer DST, truncating as needed.
   Returns strlen (SRC). */
size_t
strlcpy (char *dst, const char *src, size_t size)
{
  size_t src_len;

  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL);

  src_len = strlen (src);
  if (size > 0)
    {
      size_t copy_len = src_len < size - 1 ? src_len : size - 1;
      memcpy (dst, src, copy_len);
      dst[copy_len] = '\0';
    }
  return src_len;
}

/* Appends SRC to the string in the SIZE-byte buffer DST, truncating
   as needed.  Returns the length the whole string would have had:
   strlen (DST) + strlen (SRC), where strlen (DST) counts as SIZE if
   DST holds no null byte within its SIZE bytes (then DST is left
   alone). */
size_t
strlcat (char *dst, const char *src, size_t size)
{
  size_t dst_len;

  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL);

  dst_len = strnlen (dst, size);
  if (dst_len == size)
    return size + strlen (src);
  return dst_len + strlcpy (dst + dst_len, src, size - dst_len);
}
