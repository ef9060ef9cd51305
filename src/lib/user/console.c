/* Console output for user programs: printf() and friends, over the
   write system call.

   Output is gathered in a buffer on the caller's stack and written
   when the buffer fills or the call ends.  The kernel writes each
   write() to the console in one piece, so any printf() whose output
   fits in the buffer appears unbroken even when several processes
   print at once, which the tests' expected output relies on. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>

/* Size of the per-call output buffer: long enough for any line a
   test prints, short enough to sit comfortably on a user stack. */
#define OUTPUT_BUFFER_SIZE 256

/* Output of one printf()-style call in progress. */
struct output_buffer
  {
    int fd;                             /* Destination. */
    size_t used;                        /* Bytes held in DATA. */
    int char_cnt;                       /* Characters produced. */
    char data[OUTPUT_BUFFER_SIZE];      /* Unwritten output. */
  };

/* Starts an empty buffer for output to FD. */
static void
buffer_init (struct output_buffer *b, int fd)
{
  b->fd = fd;
  b->used = 0;
  b->char_cnt = 0;
}

/* Writes out and empties the contents of B. */
static void
buffer_flush (struct output_buffer *b)
{
  if (b->used > 0)
    write (b->fd, b->data, b->used);
  b->used = 0;
}

/* Adds CH to the buffer that AUX points to, flushing it when full.
   Also serves as the __vprintf() output function. */
static void
buffer_add (char ch, void *aux)
{
  struct output_buffer *b = aux;

  if (b->used == sizeof b->data)
    buffer_flush (b);
  b->data[b->used++] = ch;
  b->char_cnt++;
}

/* Formats FORMAT with ARGS to FD.  Returns the number of characters
   written. */
int
vhprintf (int fd, const char *format, va_list args)
{
  struct output_buffer b;

  buffer_init (&b, fd);
  __vprintf (format, args, buffer_add, &b);
  buffer_flush (&b);
  return b.char_cnt;
}

/* Formats FORMAT and its arguments to FD.  Returns the number of
   characters written. */
int
hprintf (int fd, const char *format, ...)
{
  va_list args;
  int cnt;

  va_start (args, format);
  cnt = vhprintf (fd, format, args);
  va_end (args);
  return cnt;
}

/* Formats FORMAT with ARGS to standard output. */
int
vprintf (const char *format, va_list args)
{
  return vhprintf (STDOUT_FILENO, format, args);
}

/* Writes STRING and a newline to standard output. */
int
puts (const char *string)
{
  struct output_buffer b;

  buffer_init (&b, STDOUT_FILENO);
  while (*string != '\0')
    buffer_add (*string++, &b);
  buffer_add ('\n', &b);
  buffer_flush (&b);
  return 0;
}

/* Writes CH (converted to unsigned char) to standard output and
   returns it. */
int
putchar (int ch)
{
  char byte = ch;

  write (STDOUT_FILENO, &byte, 1);
  return ch;
}
