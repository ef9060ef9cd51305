/* Unit tests of lib/string.c.

   The block functions (memcpy, memmove, memset) are compared with
   byte-at-a-time reference loops for every small length and every
   alignment of source and destination, in a buffer with guard bytes
   around the target, because the library copies whole words where it
   can and its edge cases live at the word boundaries.  The string
   functions are checked against hand-worked answers, including the
   return values of strlcpy() and strlcat() when they truncate. */

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"

#define BUF_SIZE 96
#define MAX_LEN 40
#define GUARD 0xee

static uint8_t buf[BUF_SIZE], expected[BUF_SIZE];

/* Fills BUF with a recognizable pattern and copies it to EXPECTED. */
static void
reset_buffers (void)
{
  size_t i;

  for (i = 0; i < BUF_SIZE; i++)
    buf[i] = expected[i] = i * 7 + 1;
}

/* Fails unless BUF equals EXPECTED, reporting OPERATION's parameters. */
static void
check_buffers (const char *operation, size_t dst, size_t src, size_t len)
{
  if (memcmp (buf, expected, BUF_SIZE))
    fail ("%s (dst %zu, src %zu, length %zu) is wrong",
          operation, dst, src, len);
}

static void
test_copies (void)
{
  size_t dst, src, len, i;

  /* memcpy between non-overlapping halves, every alignment. */
  for (dst = 0; dst < 4; dst++)
    for (src = 48; src < 52; src++)
      for (len = 0; len <= MAX_LEN; len++)
        {
          reset_buffers ();
          for (i = 0; i < len; i++)
            expected[dst + i] = expected[src + i];
          EXPECT (memcpy (buf + dst, buf + src, len) == buf + dst);
          check_buffers ("memcpy", dst, src, len);
        }

  /* memmove with overlap in both directions. */
  for (dst = 20; dst < 28; dst++)
    for (src = 16; src < 32; src++)
      for (len = 0; len <= MAX_LEN; len++)
        {
          uint8_t copy[MAX_LEN];

          reset_buffers ();
          for (i = 0; i < len; i++)
            copy[i] = expected[src + i];
          for (i = 0; i < len; i++)
            expected[dst + i] = copy[i];
          EXPECT (memmove (buf + dst, buf + src, len) == buf + dst);
          check_buffers ("memmove", dst, src, len);
        }

  /* memset, with a value that does not fit in a byte. */
  for (dst = 0; dst < 8; dst++)
    for (len = 0; len <= MAX_LEN; len++)
      {
        reset_buffers ();
        for (i = 0; i < len; i++)
          expected[dst + i] = GUARD;
        EXPECT (memset (buf + dst, 0x100 | GUARD, len) == buf + dst);
        check_buffers ("memset", dst, 0, len);
      }
  msg ("memcpy, memmove and memset at every alignment and length");
}

static void
test_compare_and_find (void)
{
  EXPECT (memcmp ("abc", "abd", 3) < 0);
  EXPECT (memcmp ("abd", "abc", 3) > 0);
  EXPECT (memcmp ("abc", "abd", 2) == 0);
  EXPECT (memcmp ("x", "y", 0) == 0);
  EXPECT (memcmp ("\x80", "\x01", 1) > 0);
  EXPECT (memcmp ("a\0b", "a\0c", 3) < 0);

  reset_buffers ();
  buf[10] = buf[20] = 0xab;
  EXPECT (memchr (buf, 0xab, BUF_SIZE) == buf + 10);
  EXPECT (memchr (buf + 11, 0xab, BUF_SIZE - 11) == buf + 20);
  EXPECT (memchr (buf + 11, 0xab, 9) == NULL);
  EXPECT (memchr (buf, (int8_t) 0xab, BUF_SIZE) == buf + 10);
  EXPECT (memchr ("a\0b", 'b', 3) != NULL);
  EXPECT (memchr ("abc", 'a', 0) == NULL);
  msg ("memcmp compares unsigned bytes, memchr stays within bounds");
}

static void
test_search (void)
{
  const char *s = "hello, world";

  EXPECT (strcmp ("abc", "abc") == 0);
  EXPECT (strcmp ("abc", "abd") < 0);
  EXPECT (strcmp ("ab", "abc") < 0);
  EXPECT (strcmp ("abc", "ab") > 0);
  EXPECT (strcmp ("\xff", "a") > 0);
  EXPECT (strncmp ("abcX", "abcY", 3) == 0);
  EXPECT (strncmp ("abcX", "abcY", 4) < 0);
  EXPECT (strncmp ("a", "b", 0) == 0);

  EXPECT (strchr (s, 'o') == s + 4);
  EXPECT (strchr (s, 'z') == NULL);
  EXPECT (strchr (s, '\0') == s + 12);
  EXPECT (strrchr (s, 'o') == s + 8);
  EXPECT (strrchr (s, 'h') == s);
  EXPECT (strrchr (s, 'z') == NULL);
  EXPECT (strrchr (s, '\0') == s + 12);

  EXPECT (strstr (s, "o, w") == s + 4);
  EXPECT (strstr (s, "world") == s + 7);
  EXPECT (strstr (s, "") == s);
  EXPECT (strstr (s, "worlds") == NULL);
  EXPECT (strstr ("aaaab", "aaab") != NULL);
  EXPECT (strstr ("", "a") == NULL);

  EXPECT (strspn (s, "leh") == 4);
  EXPECT (strspn (s, "") == 0);
  EXPECT (strspn ("", "abc") == 0);
  EXPECT (strcspn (s, ", ") == 5);
  EXPECT (strcspn (s, "") == 12);
  EXPECT (strpbrk (s, " ,") == s + 5);
  EXPECT (strpbrk (s, "xyz") == NULL);
  msg ("strcmp, strchr, strrchr, strstr, strspn, strcspn, strpbrk");
}

static void
test_strtok (void)
{
  char *save_ptr, *save_ptr2, *token;
  char text[32], text2[32];

  strlcpy (text, "  one,two;;three  ", sizeof text);
  EXPECT (!strcmp (strtok_r (text, " ,;", &save_ptr), "one"));
  EXPECT (!strcmp (strtok_r (NULL, " ,;", &save_ptr), "two"));
  EXPECT (!strcmp (strtok_r (NULL, " ,;", &save_ptr), "three"));
  EXPECT (strtok_r (NULL, " ,;", &save_ptr) == NULL);
  EXPECT (strtok_r (NULL, " ,;", &save_ptr) == NULL);

  strlcpy (text, ",,,", sizeof text);
  EXPECT (strtok_r (text, ",", &save_ptr) == NULL);
  text[0] = '\0';
  EXPECT (strtok_r (text, ",", &save_ptr) == NULL);

  /* Two tokenizations at once, and the delimiters may change. */
  strlcpy (text, "a b c", sizeof text);
  strlcpy (text2, "1:2 3", sizeof text2);
  EXPECT (!strcmp (strtok_r (text, " ", &save_ptr), "a"));
  EXPECT (!strcmp (strtok_r (text2, ":", &save_ptr2), "1"));
  EXPECT (!strcmp (strtok_r (NULL, " ", &save_ptr), "b"));
  token = strtok_r (NULL, "", &save_ptr2);
  EXPECT (token != NULL && !strcmp (token, "2 3"));
  EXPECT (!strcmp (strtok_r (NULL, " ", &save_ptr), "c"));
  EXPECT (strtok_r (NULL, " ", &save_ptr) == NULL);
  msg ("strtok_r");
}

static void
test_lengths_and_copies (void)
{
  const char unterminated[4] = {'a', 'b', 'c', 'd'};
  char dst[8];

  EXPECT (strlen ("") == 0);
  EXPECT (strlen ("hello") == 5);
  EXPECT (strnlen ("hello", 3) == 3);
  EXPECT (strnlen ("hello", 10) == 5);
  EXPECT (strnlen (unterminated, 4) == 4);
  EXPECT (strnlen ("", 0) == 0);

  memset (dst, '#', sizeof dst);
  EXPECT (strlcpy (dst, "abc", sizeof dst) == 3);
  EXPECT (!strcmp (dst, "abc") && dst[4] == '#');
  EXPECT (strlcpy (dst, "abcdefghijk", sizeof dst) == 11);
  EXPECT (!strcmp (dst, "abcdefg"));
  memset (dst, '#', sizeof dst);
  EXPECT (strlcpy (dst, "xyz", 0) == 3);
  EXPECT (dst[0] == '#');
  EXPECT (strlcpy (dst, "xyz", 1) == 3);
  EXPECT (dst[0] == '\0' && dst[1] == '#');

  strlcpy (dst, "ab", sizeof dst);
  EXPECT (strlcat (dst, "cd", sizeof dst) == 4);
  EXPECT (!strcmp (dst, "abcd"));
  EXPECT (strlcat (dst, "efghij", sizeof dst) == 10);
  EXPECT (!strcmp (dst, "abcdefg"));
  EXPECT (strlcat (dst, "z", sizeof dst) == 8);
  EXPECT (!strcmp (dst, "abcdefg"));

  /* SIZE smaller than the string already there: nothing changes. */
  strlcpy (dst, "abcdef", sizeof dst);
  EXPECT (strlcat (dst, "xyz", 3) == 6);
  EXPECT (!strcmp (dst, "abcdef"));
  EXPECT (strlcat (dst, "xyz", 0) == 3);
  EXPECT (!strcmp (dst, "abcdef"));
  msg ("strlen, strnlen, strlcpy and strlcat, with truncation");
}

void
test_lib_string (void)
{
  test_copies ();
  test_compare_and_find ();
  test_search ();
  test_strtok ();
  test_lengths_and_copies ();
}
