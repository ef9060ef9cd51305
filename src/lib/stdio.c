/* The printf engine and the output functions built directly on it.

   __vprintf() turns a format and its arguments into a stream of
   characters passed one at a time to a caller-supplied output
   function; it never allocates and never writes through a pointer
   argument, so it is safe in any context the output function is.
   snprintf() collects the stream in a buffer; printf() sends it to
   vprintf(), which the kernel and the user library each implement in
   their own console.c.  hex_dump() and print_human_readable_size()
   are conveniences on top of printf().

   No floating point may appear here: the kernel is compiled without
   FPU support. */

#include <stdio.h>
#include <ctype.h>
#include <inttypes.h>
#include <limits.h>
#include <round.h>
#include <string.h>

/* Conversion flags. */
#define FLAG_MINUS  0x01        /* '-': left-justify within the width. */
#define FLAG_PLUS   0x02        /* '+': show '+' on non-negative numbers. */
#define FLAG_SPACE  0x04        /* ' ': show ' ' on non-negative numbers. */
#define FLAG_POUND  0x08        /* '#': alternate form (0 or 0x prefix). */
#define FLAG_ZERO   0x10        /* '0': pad numbers with zeros. */
#define FLAG_GROUP  0x20        /* '\'': commas between thousands. */

/* Length modifiers: the type of an integer argument. */
enum arg_type
  {
    ARG_INT,                    /* (none) int */
    ARG_CHAR,                   /* hh: char */
    ARG_SHORT,                  /* h: short */
    ARG_LONG,                   /* l: long */
    ARG_LONG_LONG,              /* ll: long long */
    ARG_INTMAX,                 /* j: intmax_t */
    ARG_SIZE,                   /* z: size_t */
    ARG_PTRDIFF                 /* t: ptrdiff_t */
  };

/* One parsed conversion specification, e.g. "%-08.3lld". */
struct conversion
  {
    unsigned flags;             /* FLAG_* bits. */
    int width;                  /* Minimum field width. */
    int precision;              /* Precision, or -1 if none was given. */
    enum arg_type type;         /* Length modifier. */
  };

/* Where formatted characters go. */
struct sink
  {
    void (*output) (char, void *);
    void *aux;
  };

/* Passes CH to sink S. */
static void
emit (const struct sink *s, char ch)
{
  s->output (ch, s->aux);
}

/* Passes CNT copies of CH to S; does nothing if CNT <= 0. */
static void
emit_repeated (const struct sink *s, char ch, int cnt)
{
  for (; cnt > 0; cnt--)
    emit (s, ch);
}

/* Passes the LENGTH characters at TEXT to S. */
static void
emit_chars (const struct sink *s, const char *text, size_t length)
{
  while (length-- > 0)
    emit (s, *text++);
}

/* Passes the LENGTH characters at TEXT to S, padded with spaces on
   the left (or on the right, with FLAG_MINUS) to C's width. */
static void
emit_field (const struct sink *s, const char *text, size_t length,
            const struct conversion *c)
{
  int padding = length < (size_t) c->width ? c->width - (int) length : 0;

  if (!(c->flags & FLAG_MINUS))
    emit_repeated (s, ' ', padding);
  emit_chars (s, text, length);
  if (c->flags & FLAG_MINUS)
    emit_repeated (s, ' ', padding);
}

/* Reads a decimal number at *FORMAT, advancing *FORMAT past it.
   Values too large for an int are clamped, so that a hostile width
   cannot overflow. */
static int
parse_decimal (const char **format)
{
  int value = 0;

  for (; isdigit ((unsigned char) **format); (*format)++)
    {
      int digit = **format - '0';
      value = value <= (INT_MAX - digit) / 10 ? value * 10 + digit : INT_MAX;
    }
  return value;
}

/* Reads the length modifier, if any, at *FORMAT, advancing *FORMAT
   past it, and returns the argument type it stands for. */
static enum arg_type
parse_length_modifier (const char **format)
{
  switch (**format)
    {
    case 'h':
      (*format)++;
      if (**format != 'h')
        return ARG_SHORT;
      (*format)++;
      return ARG_CHAR;
    case 'l':
      (*format)++;
      if (**format != 'l')
        return ARG_LONG;
      (*format)++;
      return ARG_LONG_LONG;
    case 'j':
      (*format)++;
      return ARG_INTMAX;
    case 'z':
      (*format)++;
      return ARG_SIZE;
    case 't':
      (*format)++;
      return ARG_PTRDIFF;
    default:
      return ARG_INT;
    }
}

/* Parses the flags, width, precision and length modifier of a
   conversion, starting just after its '%' at FORMAT, into C, taking
   any '*' values from ARGS.  Returns a pointer to the conversion
   character (which may be the format's null terminator). */
static const char *
parse_conversion (const char *format, struct conversion *c, va_list *args)
{
  /* In the order of the FLAG_* bits. */
  const char *flag_chars = "-+ #0'";
  const char *flag;

  c->flags = 0;
  while (*format != '\0' && (flag = strchr (flag_chars, *format)) != NULL)
    {
      c->flags |= 1u << (flag - flag_chars);
      format++;
    }

  if (*format == '*')
    {
      c->width = va_arg (*args, int);
      if (c->width < 0)
        {
          /* A negative width argument means left-justify. */
          c->flags |= FLAG_MINUS;
          c->width = c->width == INT_MIN ? INT_MAX : -c->width;
        }
      format++;
    }
  else
    c->width = parse_decimal (&format);

  c->precision = -1;
  if (*format == '.')
    {
      format++;
      if (*format == '*')
        {
          /* A negative precision argument counts as none. */
          c->precision = va_arg (*args, int);
          if (c->precision < 0)
            c->precision = -1;
          format++;
        }
      else
        c->precision = parse_decimal (&format);
    }

  c->type = parse_length_modifier (&format);

  /* As in C: '-' overrides '0', '+' overrides ' '. */
  if (c->flags & FLAG_MINUS)
    c->flags &= ~FLAG_ZERO;
  if (c->flags & FLAG_PLUS)
    c->flags &= ~FLAG_SPACE;
  return format;
}

/* Fetches a signed integer argument of type TYPE from ARGS.  size_t
   and ptrdiff_t are the unsigned and signed forms of one type on this
   machine, so each stands in for the other's missing counterpart. */
static intmax_t
fetch_signed (va_list *args, enum arg_type type)
{
  switch (type)
    {
    case ARG_CHAR:
      return (signed char) va_arg (*args, int);
    case ARG_SHORT:
      return (short) va_arg (*args, int);
    case ARG_LONG:
      return va_arg (*args, long);
    case ARG_LONG_LONG:
      return va_arg (*args, long long);
    case ARG_INTMAX:
      return va_arg (*args, intmax_t);
    case ARG_SIZE:
    case ARG_PTRDIFF:
      return va_arg (*args, ptrdiff_t);
    default:
      return va_arg (*args, int);
    }
}

/* Fetches an unsigned integer argument of type TYPE from ARGS. */
static uintmax_t
fetch_unsigned (va_list *args, enum arg_type type)
{
  switch (type)
    {
    case ARG_CHAR:
      return (unsigned char) va_arg (*args, unsigned int);
    case ARG_SHORT:
      return (unsigned short) va_arg (*args, unsigned int);
    case ARG_LONG:
      return va_arg (*args, unsigned long);
    case ARG_LONG_LONG:
      return va_arg (*args, unsigned long long);
    case ARG_INTMAX:
      return va_arg (*args, uintmax_t);
    case ARG_SIZE:
    case ARG_PTRDIFF:
      return va_arg (*args, size_t);
    default:
      return va_arg (*args, unsigned int);
    }
}

/* Writes VALUE's digits in BASE, using DIGITS as the digit characters,
   so that they end just before END, with a comma between each group
   of three if GROUP.  Writes nothing for a value of 0.  Returns the
   start of what was written and stores the number of digits (not
   counting commas) in *DIGIT_CNT.  The space before END must hold
   26 characters: 64 bits in grouped decimal (octal needs only 22). */
static char *
write_digits (uintmax_t value, unsigned base, const char *digits, bool group,
              char *end, int *digit_cnt)
{
  char *p = end;
  int cnt = 0;

  for (; value > 0; cnt++)
    {
      if (group && cnt > 0 && cnt % 3 == 0)
        *--p = ',';
      /* 32-bit division is much cheaper than the 64-bit library
         routines, so use it once the value fits. */
      if (value <= UINT32_MAX)
        {
          *--p = digits[(uint32_t) value % base];
          value = (uint32_t) value / base;
        }
      else
        {
          *--p = digits[value % base];
          value /= base;
        }
    }
  *digit_cnt = cnt;
  return p;
}

/* Formats the integer whose absolute value is MAGNITUDE, and which
   is below zero if NEGATIVE, for conversion character CONV
   (d i u o x X or p) as C specifies, and emits it to S. */
static void
format_integer (const struct sink *s, uintmax_t magnitude, bool negative,
                char conv, const struct conversion *c)
{
  char buffer[32];
  char *end = buffer + sizeof buffer;
  const char *sign = "";
  const char *prefix = "";
  unsigned base = 10;
  const char *digit_chars = "0123456789abcdef";
  char *digits;
  int digit_cnt, zeros, length;

  if (conv == 'o')
    base = 8;
  else if (conv == 'x' || conv == 'X' || conv == 'p')
    base = 16;
  if (conv == 'X')
    digit_chars = "0123456789ABCDEF";

  if (conv == 'd' || conv == 'i')
    {
      if (negative)
        sign = "-";
      else if (c->flags & FLAG_PLUS)
        sign = "+";
      else if (c->flags & FLAG_SPACE)
        sign = " ";
    }
  if (conv == 'p' || (base == 16 && (c->flags & FLAG_POUND) && magnitude != 0))
    prefix = conv == 'X' ? "0X" : "0x";

  digits = write_digits (magnitude, base, digit_chars,
                         base == 10 && (c->flags & FLAG_GROUP),
                         end, &digit_cnt);

  /* The precision is the minimum number of digits; by default 1, so
     that zero prints as "0" and only an explicit ".0" hides it. */
  zeros = (c->precision < 0 ? 1 : c->precision) - digit_cnt;
  if (zeros < 0)
    zeros = 0;
  if (conv == 'o' && (c->flags & FLAG_POUND) && zeros == 0)
    zeros = 1;

  length = strlen (sign) + strlen (prefix) + zeros + (end - digits);
  if ((c->flags & FLAG_ZERO) && c->precision < 0 && length < c->width)
    {
      zeros += c->width - length;
      length = c->width;
    }

  if (!(c->flags & FLAG_MINUS))
    emit_repeated (s, ' ', c->width - length);
  emit_chars (s, sign, strlen (sign));
  emit_chars (s, prefix, strlen (prefix));
  emit_repeated (s, '0', zeros);
  emit_chars (s, digits, end - digits);
  if (c->flags & FLAG_MINUS)
    emit_repeated (s, ' ', c->width - length);
}

/* Formats a signed integer argument (%d or %i). */
static void
format_signed (const struct sink *s, va_list *args, char conv,
               const struct conversion *c)
{
  intmax_t value = fetch_signed (args, c->type);
  /* Negate in unsigned arithmetic so INTMAX_MIN works. */
  uintmax_t magnitude = value < 0 ? -(uintmax_t) value : (uintmax_t) value;

  format_integer (s, magnitude, value < 0, conv, c);
}

/* Formats a %s argument. */
static void
format_string (const struct sink *s, va_list *args,
               const struct conversion *c)
{
  const char *string = va_arg (*args, const char *);
  size_t length;

  if (string == NULL)
    string = "(null)";
  /* With a precision, the string need not be null-terminated. */
  length = (c->precision >= 0
            ? strnlen (string, c->precision)
            : strlen (string));
  emit_field (s, string, length, c);
}

/* Formats FORMAT with ARGS, handing the result one character at a
   time to OUTPUT along with AUX. */
void
__vprintf (const char *format, va_list args,
           void (*output) (char, void *), void *aux)
{
  struct sink s;

  s.output = output;
  s.aux = aux;

  while (*format != '\0')
    {
      const char *start = format;
      struct conversion c;
      char ch;

      if (*format != '%')
        {
          emit (&s, *format++);
          continue;
        }

      format = parse_conversion (format + 1, &c, &args);
      switch (*format)
        {
        case 'd':
        case 'i':
          format_signed (&s, &args, *format, &c);
          break;
        case 'u':
        case 'o':
        case 'x':
        case 'X':
          format_integer (&s, fetch_unsigned (&args, c.type), false,
                          *format, &c);
          break;
        case 'p':
          format_integer (&s, (uintptr_t) va_arg (args, void *), false,
                          'p', &c);
          break;
        case 'c':
          ch = va_arg (args, int);
          emit_field (&s, &ch, 1, &c);
          break;
        case 's':
          format_string (&s, &args, &c);
          break;
        case '%':
          emit (&s, '%');
          break;
        case 'n':
          /* Writing a count through a pointer argument is a classic
             attack vector, so %n is refused; its argument is still
             consumed to keep later conversions in step. */
          (void) va_arg (args, void *);
          emit_chars (&s, "%n", 2);
          break;
        case '\0':
          /* A truncated specification at the end of FORMAT. */
          emit_chars (&s, start, format - start);
          return;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'a':
        case 'A':
          /* No floating point here: show the conversion as is, but
             skip its argument to keep later conversions in step. */
          (void) va_arg (args, double);
          emit_chars (&s, start, format + 1 - start);
          break;
        default:
          /* Unknown conversion: show it as is. */
          emit_chars (&s, start, format + 1 - start);
          break;
        }
      format++;
    }
}

/* Formats FORMAT and its arguments to the console or standard
   output, via vprintf().  Returns the number of characters
   printed. */
int
printf (const char *format, ...)
{
  va_list args;
  int cnt;

  va_start (args, format);
  cnt = vprintf (format, args);
  va_end (args);
  return cnt;
}

/* State of a vsnprintf() in progress. */
struct buffer_output
  {
    char *next;                 /* Where the next character goes. */
    size_t room;                /* Bytes left at NEXT, including one
                                   reserved for the null terminator. */
    size_t length;              /* Characters produced so far. */
  };

/* __vprintf() output function for vsnprintf(): stores CH if it fits,
   and counts it regardless. */
static void
buffer_output (char ch, void *aux)
{
  struct buffer_output *b = aux;

  if (b->room > 1)
    {
      *b->next++ = ch;
      b->room--;
    }
  b->length++;
}

/* Formats FORMAT with ARGS into the SIZE-byte BUFFER, truncating as
   needed and null-terminating if SIZE is nonzero.  Returns the length
   the whole formatted string would have had; a result of SIZE or more
   means it was truncated. */
int
vsnprintf (char *buffer, size_t size, const char *format, va_list args)
{
  struct buffer_output b;

  b.next = buffer;
  b.room = size;
  b.length = 0;
  __vprintf (format, args, buffer_output, &b);
  if (size > 0)
    *b.next = '\0';
  return b.length;
}

/* Like vsnprintf(), but takes the arguments directly. */
int
snprintf (char *buffer, size_t size, const char *format, ...)
{
  va_list args;
  int length;

  va_start (args, format);
  length = vsnprintf (buffer, size, format, args);
  va_end (args);
  return length;
}

/* Bytes shown per line of hex_dump() output. */
#define DUMP_WIDTH 16

/* Prints the SIZE bytes at BUFFER in hexadecimal, DUMP_WIDTH to a
   line, labelling each line with its offset counted from OFS, and,
   if ASCII, followed by the printable characters among them.
   Columns follow OFS's alignment, so a dump that starts mid-line
   leaves the columns before it blank:
     00000010  61 62 63 64 0a 00 00 00  01 02 03 04 05 06 07 08  |abcd............|
   Each line goes out in a single printf(). */
void
hex_dump (uintptr_t ofs, const void *buffer, size_t size, bool ascii)
{
  const uint8_t *bytes = buffer;

  while (size > 0)
    {
      char line[16 + DUMP_WIDTH * 4 + 8];
      size_t first = ofs % DUMP_WIDTH;
      size_t cnt = DUMP_WIDTH - first < size ? DUMP_WIDTH - first : size;
      size_t col;
      int len;

      len = snprintf (line, sizeof line, "%08"PRIxPTR" ",
                      (uintptr_t) ROUND_DOWN (ofs, DUMP_WIDTH));
      for (col = 0; col < DUMP_WIDTH; col++)
        {
          if (col == DUMP_WIDTH / 2)
            line[len++] = ' ';
          if (col >= first && col < first + cnt)
            len += snprintf (line + len, sizeof line - len, " %02"PRIx8,
                             bytes[col - first]);
          else
            len += snprintf (line + len, sizeof line - len, "   ");
        }
      if (ascii)
        {
          len += snprintf (line + len, sizeof line - len, "  |");
          for (col = 0; col < DUMP_WIDTH; col++)
            if (col >= first && col < first + cnt)
              line[len++] = (isprint (bytes[col - first])
                             ? bytes[col - first] : '.');
            else
              line[len++] = ' ';
          line[len++] = '|';
        }
      else
        while (line[len - 1] == ' ')
          len--;
      line[len] = '\0';
      printf ("%s\n", line);

      ofs += cnt;
      bytes += cnt;
      size -= cnt;
    }
}

/* Prints SIZE, a number of bytes, in the largest unit of 1024 that
   leaves a whole number of at least 1, e.g. "512 bytes" or "3 MB",
   without a newline. */
void
print_human_readable_size (uint64_t size)
{
  static const char *units[] = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
  size_t unit = 0;

  if (size == 1)
    {
      printf ("1 byte");
      return;
    }
  while (size >= 1024 && unit + 1 < sizeof units / sizeof *units)
    {
      size >>= 10;
      unit++;
    }
  printf ("%"PRIu64" %s", size, units[unit]);
}
