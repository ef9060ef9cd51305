/* Unit tests of the printf engine in lib/stdio.c, through snprintf():
   every conversion, flag, width, precision and length modifier the
   library documents, each compared with the exact string C specifies,
   along with snprintf()'s truncation and return value.  A few
   combinations that gcc warns about (flags that C says another flag
   overrides, a null %s) go through a helper the compiler does not
   check. */

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"

/* Fails unless FORMAT, formatted with ARGS, gives EXPECTED, and
   vsnprintf() returns EXPECTED's length. */
static void
check_vformat (const char *expected, const char *format, va_list args)
{
  char buffer[128];
  int length = vsnprintf (buffer, sizeof buffer, format, args);

  if (strcmp (buffer, expected) || length != (int) strlen (expected))
    fail ("\"%s\" gave \"%s\" (length %d), expected \"%s\"",
          format, buffer, length, expected);
}

/* check_vformat() for any format, even one gcc would warn about. */
static void
check_format_as_is (const char *expected, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  check_vformat (expected, format, args);
  va_end (args);
}

/* Does nothing, but lets gcc check FORMAT's arguments. */
static void PRINTF_FORMAT (1, 2)
gcc_checks_format (const char *format UNUSED, ...)
{
}

/* check_format_as_is(), with gcc checking the arguments against the
   format. */
#define check_format(EXPECTED, ...)             \
  (gcc_checks_format (__VA_ARGS__),             \
   check_format_as_is (EXPECTED, __VA_ARGS__))

static void
test_integers (void)
{
  check_format ("0", "%d", 0);
  check_format ("-1", "%d", -1);
  check_format ("2147483647", "%d", INT_MAX);
  check_format ("-2147483648", "%d", INT_MIN);
  check_format ("-2147483648", "%i", INT_MIN);
  check_format ("4294967295", "%u", UINT_MAX);
  check_format ("17777777777", "%o", INT_MAX);
  check_format ("ff", "%x", 255);
  check_format ("FF", "%X", 255);
  check_format ("deadbeef", "%x", 0xdeadbeefu);
  check_format ("DEADBEEF", "%X", 0xdeadbeefu);

  check_format ("44", "%hhd", 300);
  check_format ("-56", "%hhd", 200);
  check_format ("255", "%hhu", 511);
  check_format ("ff", "%hhx", -1);
  check_format ("4464", "%hd", 70000);
  check_format ("-1", "%hd", 65535);
  check_format ("65535", "%hu", -1);
  check_format ("1", "%hu", 65537);
  check_format ("-2147483648", "%ld", LONG_MIN);
  check_format ("4294967295", "%lu", ULONG_MAX);
  check_format ("-9223372036854775808", "%lld", LLONG_MIN);
  check_format ("9223372036854775807", "%lld", LLONG_MAX);
  check_format ("18446744073709551615", "%llu", ULLONG_MAX);
  check_format ("ffffffffffffffff", "%llx", ULLONG_MAX);
  check_format ("1777777777777777777777", "%llo", ULLONG_MAX);
  check_format ("123456789ABCDEF0", "%llX", 0x123456789abcdef0ULL);
  check_format ("-9223372036854775808", "%jd", INTMAX_MIN);
  check_format ("18446744073709551615", "%ju", UINTMAX_MAX);
  check_format ("4294967295", "%zu", SIZE_MAX);
  check_format ("ffffffff", "%zx", SIZE_MAX);
  check_format ("-5", "%td", (ptrdiff_t) -5);

  /* 64-bit arguments among 32-bit ones stay in step. */
  check_format ("1 2 3 -4", "%d %lld %d %jd", 1, 2LL, 3, (intmax_t) -4);
  msg ("integer conversions and length modifiers");
}

static void
test_flags (void)
{
  check_format ("   42", "%5d", 42);
  check_format ("42   |", "%-5d|", 42);
  check_format ("00042", "%05d", 42);
  check_format ("-0042", "%05d", -42);
  check_format ("+42", "%+d", 42);
  check_format ("-42", "%+d", -42);
  check_format ("+0", "%+d", 0);
  check_format (" 42", "% d", 42);
  check_format ("-42", "% d", -42);
  check_format ("42", "%1d", 42);
  check_format_as_is ("+42", "%+ d", 42);
  check_format_as_is ("42   |", "%-05d|", 42);

  check_format ("007", "%.3d", 7);
  check_format ("-007", "%.3d", -7);
  check_format ("", "%.0d", 0);
  check_format ("     ", "%5.0d", 0);
  check_format ("  007", "%5.3d", 7);
  check_format ("00ab", "%.4x", 0xab);
  check_format_as_is ("     007", "%08.3d", 7);

  check_format ("010", "%#o", 8);
  check_format ("0", "%#o", 0);
  check_format ("01", "%#.2o", 1);
  check_format ("0", "%#.0o", 0);
  check_format ("0xff", "%#x", 255);
  check_format ("0XFF", "%#X", 255);
  check_format ("0", "%#x", 0);
  check_format ("0x0000ff", "%#08x", 255);
  check_format ("    0xff", "%#8x", 255);
  check_format ("0xff    |", "%#-8x|", 255);
  check_format ("0x00ab", "%#.4x", 0xab);

  check_format ("1,234,567", "%'d", 1234567);
  check_format ("-1,000", "%'d", -1000);
  check_format ("100,000", "%'d", 100000);
  check_format ("999", "%'d", 999);
  check_format ("0", "%'d", 0);
  check_format (" 1,000", "%'6d", 1000);
  check_format ("4,294,967,295", "%'u", UINT_MAX);
  check_format ("1,234,567,890,123", "%'lld", 1234567890123LL);

  check_format ("   42", "%*d", 5, 42);
  check_format ("42   |", "%-*d|", 5, 42);
  check_format ("42   |", "%*d|", -5, 42);
  check_format ("007", "%.*d", 3, 7);
  check_format ("7", "%.*d", -1, 7);
  check_format ("  007", "%*.*d", 5, 3, 7);
  check_format ("ab", "%.*s", 2, "abc");
  msg ("flags, width, precision and *");
}

static void
test_characters_strings_pointers (void)
{
  const char unterminated[3] = {'x', 'y', 'z'};

  check_format ("A", "%c", 'A');
  check_format ("  A", "%3c", 'A');
  check_format ("A  |", "%-3c|", 'A');
  check_format ("abc", "%s", "abc");
  check_format ("", "%s", "");
  check_format ("  abc", "%5s", "abc");
  check_format ("abc  |", "%-5s|", "abc");
  check_format ("ab", "%.2s", "abc");
  check_format ("   ab", "%5.2s", "abc");
  check_format ("abc", "%.10s", "abc");
  check_format ("xy", "%.2s", unterminated);
  check_format ("xyz", "%.3s", unterminated);
  check_format_as_is ("(null)", "%s", (char *) NULL);
  check_format ("0xc0001234", "%p", (void *) 0xc0001234);
  check_format ("    0x1234", "%10p", (void *) 0x1234);
  check_format ("100%", "%d%%", 100);
  check_format ("%", "%%");
  check_format ("[hello|   42|ff|-7]", "[%s|%5d|%x|%d]", "hello", 42, 255, -7);
  msg ("characters, strings, pointers and %%");
}

static void
test_truncation (void)
{
  const char *line = "(%s) printf returns the length of this line\n";
  char buffer[8];
  int length;

  memset (buffer, '#', sizeof buffer);
  EXPECT (snprintf (buffer, 5, "%s", "hello world") == 11);
  EXPECT (!strcmp (buffer, "hell"));
  EXPECT (buffer[5] == '#');

  memset (buffer, '#', sizeof buffer);
  EXPECT (snprintf (buffer, 0, "abc") == 3);
  EXPECT (buffer[0] == '#');
  EXPECT (snprintf (NULL, 0, "%d", 12345) == 5);

  EXPECT (snprintf (buffer, 1, "xyz") == 3);
  EXPECT (buffer[0] == '\0' && buffer[1] == '#');

  memset (buffer, '#', sizeof buffer);
  EXPECT (snprintf (buffer, 6, "hello") == 5);
  EXPECT (!strcmp (buffer, "hello") && buffer[6] == '#');

  EXPECT (snprintf (buffer, 4, "%5d", 123) == 5);
  EXPECT (!strcmp (buffer, "  1"));
  msg ("snprintf truncates and returns the untruncated length");

  length = printf (line, "lib-printf");
  EXPECT (length == snprintf (NULL, 0, line, "lib-printf"));
}

static void
test_percent_n (void)
{
  char buffer[32];
  int n = 1234;

  snprintf (buffer, sizeof buffer, "ab%ncd|%d", &n, 7);
  EXPECT (n == 1234);
  EXPECT (strchr (buffer, '|') != NULL && !strcmp (strchr (buffer, '|'), "|7"));
  msg ("%%n writes nothing and keeps later arguments in step");
}

void
test_lib_printf (void)
{
  test_integers ();
  test_flags ();
  test_characters_strings_pointers ();
  test_truncation ();
  test_percent_n ();
}
