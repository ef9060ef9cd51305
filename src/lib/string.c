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

/* The precondition every mem*() function asserts for its blocks: a
   block of SIZE bytes at P may be a null pointer only if it is
   empty, as when a caller copies a zero-length buffer it never
   allocated. */
static inline bool
valid_block (const void *p, size_t size)
{
  return p != NULL || size == 0;
}

/* Copies SIZE bytes from FROM to TO, which must not overlap, and
   returns TO.  Word copies are used only when both addresses are
   aligned; otherwise the byte loop at the end does all the work. */
void *
memcpy (void *to, const void *from, size_t size)
{
  uint8_t *out = to;
  const uint8_t *in = from;

  ASSERT (valid_block (to, size) && valid_block (from, size));

  if (word_aligned (out) && word_aligned (in))
    while (size >= sizeof (word_t))
      {
        *(word_t *) out = *(const word_t *) in;
        out += sizeof (word_t);
        in += sizeof (word_t);
        size -= sizeof (word_t);
      }
  for (; size > 0; size--)
    *out++ = *in++;
  return to;
}

/* Copies SIZE bytes from FROM to TO, which may overlap, and returns
   TO.  Only a destination that starts inside the source needs
   care: the bytes are then copied from the top down, so each is
   read before it is overwritten. */
void *
memmove (void *to, const void *from, size_t size)
{
  uint8_t *out = to;
  const uint8_t *in = from;

  ASSERT (valid_block (to, size) && valid_block (from, size));

  if (out > in && out < in + size)
    {
      while (size > 0)
        {
          size--;
          out[size] = in[size];
        }
      return to;
    }
  return memcpy (to, from, size);
}

/* Compares the SIZE-byte blocks A and B byte by byte, as unsigned
   values, and returns the sign of the first difference: negative if
   A's byte is smaller, positive if larger, zero if there is none. */
int
memcmp (const void *a, const void *b, size_t size)
{
  const uint8_t *left = a;
  const uint8_t *right = b;
  size_t i;

  ASSERT (valid_block (a, size) && valid_block (b, size));

  for (i = 0; i < size; i++)
    if (left[i] != right[i])
      return left[i] < right[i] ? -1 : 1;
  return 0;
}

/* Returns the first of the SIZE bytes at BLOCK equal to CH (as an
   unsigned char), or a null pointer if there is none. */
void *
memchr (const void *block, int ch, size_t size)
{
  const uint8_t *p = block;
  const uint8_t *end = p + size;
  uint8_t wanted = ch;

  ASSERT (valid_block (block, size));

  for (; p < end; p++)
    if (*p == wanted)
      return (void *) p;
  return NULL;
}

/* Sets the SIZE bytes at DST to VALUE (as an unsigned char) and
   returns DST.  After a byte-wise lead-in up to a word boundary the
   bulk is stored a word at a time, which matters for the page-sized
   blocks the kernel clears. */
void *
memset (void *dst, int value, size_t size)
{
  uint8_t *out = dst;
  uint8_t byte = value;
  word_t word = byte * 0x01010101u;

  ASSERT (valid_block (dst, size));

  for (; size > 0 && !word_aligned (out); size--)
    *out++ = byte;
  for (; size >= sizeof (word_t); size -= sizeof (word_t))
    {
      *(word_t *) out = word;
      out += sizeof (word_t);
    }
  for (; size > 0; size--)
    *out++ = byte;
  return dst;
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
