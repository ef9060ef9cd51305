/* Reads and writes with buffers at the edges of user memory.  Buffers
   that end exactly at the top of user space or exactly at the end of
   the data segment are valid and must work; one more byte, a size
   that runs far past the end or one that wraps around the address
   space must get the process killed.  A console write of several
   pages must come out whole.

   "rw-edges" creates the file "scratch", then runs every case in a
   child "rw-edges CASE" and reports how it ended: the valid cases
   exit with what their call returned, the others are killed (-1). */

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

#define USER_TOP ((char *) 0xc0000000)
#define SAMPLE_SIZE (sizeof sample - 1)

/* The console write of several pages: CONSOLE_LINES lines of
   LINE_SIZE bytes each. */
#define CONSOLE_LINES 100
#define LINE_SIZE 100
static char console_text[CONSOLE_LINES * LINE_SIZE];

/* Opens FILE_NAME, failing if it cannot. */
static int
open_or_fail (const char *file_name)
{
  int fd = open (file_name);

  if (fd < 2)
    fail ("open \"%s\" returned %d", file_name, fd);
  return fd;
}

/* Reads the first SIZE bytes of sample.txt into BUFFER, which must
   then hold them, and returns what read() returned. */
static int
read_sample (char *buffer, size_t size)
{
  int n = read (open_or_fail ("sample.txt"), buffer, size);

  compare_bytes (buffer, sample, size, 0, "sample.txt");
  return n;
}

/* Writes sample.txt's contents from BUFFER to "scratch", checks that
   they landed, and returns what write() returned. */
static int
write_sample (char *buffer)
{
  int fd = open_or_fail ("scratch");
  char copy[SAMPLE_SIZE];
  int n;

  memcpy (buffer, sample, SAMPLE_SIZE);
  n = write (fd, buffer, SAMPLE_SIZE);
  seek (fd, 0);
  read (fd, copy, SAMPLE_SIZE);
  compare_bytes (copy, sample, SAMPLE_SIZE, 0, "scratch");
  return n;
}

/* Fills console_text with numbered lines and writes it all at once. */
static int
write_console_pages (void)
{
  int i;

  for (i = 0; i < CONSOLE_LINES; i++)
    {
      char *line = console_text + i * LINE_SIZE;

      memset (line, 'a' + i % 26, LINE_SIZE);
      memcpy (line, "(rw-edges) line ", 16);
      line[16] = '0' + i / 10;
      line[17] = '0' + i % 10;
      line[18] = ' ';
      line[LINE_SIZE - 1] = '\n';
    }
  return write (STDOUT_FILENO, console_text, sizeof console_text);
}

/* Runs case NAME and returns its result, if it lets the process
   live. */
static int
run_case (const char *name)
{
  static const char top_text[] = "(rw-edges) ends at the top of user space\n";
  char *data_end = unmapped_page ();
  char stack_buffer[16];

  /* Valid. */
  if (!strcmp (name, "write-to-top"))
    {
      char *at = USER_TOP - (sizeof top_text - 1);

      memcpy (at, top_text, sizeof top_text - 1);
      return write (STDOUT_FILENO, at, sizeof top_text - 1);
    }
  /* Only the argument strings lie in the top 16 bytes: more would
     overwrite live stack frames. */
  if (!strcmp (name, "read-to-top"))
    return read_sample (USER_TOP - 16, 16);
  if (!strcmp (name, "read-to-data-end"))
    return read_sample (data_end - SAMPLE_SIZE, SAMPLE_SIZE);
  if (!strcmp (name, "write-from-data-end"))
    return write_sample (data_end - SAMPLE_SIZE);
  if (!strcmp (name, "read-less-than-asked"))
    return read (open_or_fail ("sample.txt"), USER_TOP - 4000, 3000);
  if (!strcmp (name, "console-pages"))
    return write_console_pages ();

  /* Fatal. */
  if (!strcmp (name, "read-past-data-end"))
    return read (open_or_fail ("sample.txt"), data_end - SAMPLE_SIZE + 1,
                 SAMPLE_SIZE);
  if (!strcmp (name, "write-past-data-end"))
    return write (open_or_fail ("scratch"), data_end - SAMPLE_SIZE + 1,
                  SAMPLE_SIZE);
  if (!strcmp (name, "read-far-past-top"))
    return read (open_or_fail ("sample.txt"), USER_TOP - SAMPLE_SIZE,
                 0x40000000);
  if (!strcmp (name, "write-huge"))
    return write (open_or_fail ("scratch"), (void *) 0x08048000, 0x7fffffff);
  if (!strcmp (name, "write-wrap"))
    return write (open_or_fail ("scratch"), stack_buffer,
                  -(uintptr_t) stack_buffer);
  if (!strcmp (name, "read-wrap"))
    return read (open_or_fail ("sample.txt"), stack_buffer, 0xffffffff);
  fail ("no case \"%s\"", name);
}

/* The cases, in the order they run. */
static const char *const cases[] =
  {
    "write-to-top", "read-to-top", "read-to-data-end", "write-from-data-end",
    "read-less-than-asked", "console-pages", "read-past-data-end",
    "write-past-data-end", "read-far-past-top", "write-huge", "write-wrap",
    "read-wrap",
  };

int
main (int argc, char *argv[])
{
  test_name = "rw-edges";
  if (argc == 2)
    return run_case (argv[1]);

  msg ("begin");
  CHECK (create ("scratch", 4096), "create \"scratch\"");
  run_cases ("rw-edges", cases, sizeof cases / sizeof *cases);
  msg ("end");
  return 0;
}
