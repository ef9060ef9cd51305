/* Support for user-program tests; see lib.h.

   Each message is formatted into one buffer and written with a single
   write() so that lines from concurrent processes never mix within a
   line.  Messages longer than the buffer are cut short. */

#include "tests/lib.h"
#include <random.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>

/* Weak, so a program may define its own name (see lib.h). */
const char *test_name __attribute__ ((weak));
bool quiet = false;

/* Longest message line, including "(NAME) " and the newline.  The
   buffer is static, not on the stack, because without virtual memory
   a user stack is a single page. */
#define LINE_MAX 1024

/* Writes "(NAME) " PREFIX, then FORMAT with ARGS, then a newline, as
   one write to the console. */
static void
print_line (const char *prefix, const char *format, va_list args)
{
  static char line[LINE_MAX];
  size_t len;

  len = snprintf (line, sizeof line - 1, "(%s) %s",
                  test_name != NULL ? test_name : "?", prefix);
  if (len < sizeof line - 1)
    len += vsnprintf (line + len, sizeof line - 1 - len, format, args);
  if (len > sizeof line - 2)
    len = sizeof line - 2;
  line[len++] = '\n';
  write (STDOUT_FILENO, line, len);
}

/* Prints "(NAME) " and the message, unless `quiet'. */
void
msg (const char *format, ...)
{
  va_list args;

  if (quiet)
    return;
  va_start (args, format);
  print_line ("", format, args);
  va_end (args);
}

/* Prints "(NAME) FAIL: " and the message, and exits with status 1. */
void
fail (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  print_line ("FAIL: ", format, args);
  va_end (args);
  exit (1);
}

/* Exchanges the SIZE bytes at A with those at B. */
static void
swap_bytes (unsigned char *a, unsigned char *b, size_t size)
{
  for (; size > 0; size--, a++, b++)
    {
      unsigned char t = *a;
      *a = *b;
      *b = t;
    }
}

/* Puts the CNT elements of SIZE bytes each at BUF_ in a random order,
   drawn from lib/random.h's generator.  Element I, counting up from 0,
   swaps places with a random one of elements I to CNT - 1.  Checks
   that know the seed recompute the result (tests/lib.pm), so this
   order of draws is fixed. */
void
shuffle (void *buf_, size_t cnt, size_t size)
{
  unsigned char *buf = buf_;
  size_t i;

  for (i = 0; i < cnt; i++)
    {
      size_t j = i + random_ulong () % (cnt - i);

      swap_bytes (buf + i * size, buf + j * size, size);
    }
}

/* Starts "CHILD_NAME I" as child N of TOTAL, N counting from 1 and
   I = N - 1, and returns its pid.  CHECK logs the step before the
   exec, so whatever the child prints comes after it. */
static pid_t
start_child (const char *child_name, size_t n, size_t total)
{
  char cmd_line[128];
  pid_t pid;

  snprintf (cmd_line, sizeof cmd_line, "%s %zu", child_name, n - 1);
  CHECK ((pid = exec (cmd_line)) != PID_ERROR,
         "exec child %zu of %zu: \"%s\"", n, total, cmd_line);
  return pid;
}

/* Starts the CHILD_CNT children described in lib.h, recording their
   pids in PIDS. */
void
exec_children (const char *child_name, pid_t pids[], size_t child_cnt)
{
  size_t n;

  for (n = 1; n <= child_cnt; n++)
    pids[n - 1] = start_child (child_name, n, child_cnt);
}

/* Reaps the children that exec_children() left in PIDS, first to
   last.  Each was given its own index as its argument and exits with
   it, so a status that lands at the wrong index means wait() handed
   back some other child's status. */
void
wait_children (pid_t pids[], size_t child_cnt)
{
  const pid_t *pid;

  for (pid = pids; pid < pids + child_cnt; pid++)
    {
      int index = pid - pids;
      int status = wait (*pid);

      CHECK (status == index,
             "wait for child %d of %zu returned %d (expected %d)",
             index + 1, child_cnt, status, index);
    }
}

/* Runs "PROGRAM CASE" for each of the CASE_CNT names in CASES, one
   at a time, and reports how each ended as "CASE: STATUS". */
void
run_cases (const char *program, const char *const cases[], size_t case_cnt)
{
  size_t i;

  for (i = 0; i < case_cnt; i++)
    {
      char cmd_line[128];

      snprintf (cmd_line, sizeof cmd_line, "%s %s", program, cases[i]);
      msg ("%s: %d", cases[i], wait (exec (cmd_line)));
    }
}

/* Checks that FD, open on FILE_NAME, holds exactly the SIZE bytes at
   BUF, reading it from its current position in pieces of varying
   size. */
void
check_file_handle (int fd, const char *file_name, const void *buf,
                   size_t size)
{
  const unsigned char *expected = buf;
  size_t actual_size = filesize (fd);
  size_t ofs = 0;

  if (actual_size != size)
    msg ("size of %s (%zu) differs from expected (%zu)",
         file_name, actual_size, size);

  while (ofs < size)
    {
      unsigned char block[512];
      size_t block_size = size - ofs;
      size_t got;

      if (block_size > sizeof block)
        block_size = sizeof block;
      got = read (fd, block, block_size);
      if (got != block_size)
        fail ("read of %zu bytes at offset %zu in \"%s\" returned %zu",
              block_size, ofs, file_name, got);
      compare_bytes (block, expected + ofs, block_size, ofs, file_name);
      ofs += block_size;
    }

  if (actual_size != size)
    fail ("size of %s (%zu) differs from expected (%zu)",
          file_name, actual_size, size);
  msg ("verified contents of \"%s\"", file_name);
}

/* Opens FILE_NAME, checks it holds the SIZE bytes at BUF, and closes
   it again. */
void
check_file (const char *file_name, const void *buf, size_t size)
{
  int fd;

  msg ("open \"%s\" for verification", file_name);
  fd = open (file_name);
  /* Descriptors 0 and 1 are the console's, never a file's. */
  if (fd < 2)
    fail ("open \"%s\" for verification", file_name);
  check_file_handle (fd, file_name, buf, size);

  msg ("close \"%s\"", file_name);
  close (fd);
}

/* Fails, showing where and how, unless the SIZE bytes at READ_DATA
   equal those at EXPECTED_DATA.  OFS is where READ_DATA came from in
   FILE_NAME, for the message. */
void
compare_bytes (const void *read_data, const void *expected_data,
               size_t size, size_t ofs, const char *file_name)
{
  const unsigned char *got = read_data, *want = expected_data;
  size_t first, end;

  for (first = 0; first < size; first++)
    if (got[first] != want[first])
      break;
  if (first == size)
    return;

  /* Show the run of differing bytes, up to 64 of them. */
  for (end = first; end < size && end - first < 64; end++)
    if (got[end] == want[end])
      break;

  quiet = false;
  msg ("%zu bytes read starting at offset %zu in \"%s\" differ "
       "from expected.", end - first, ofs + first, file_name);
  msg ("Expected data:");
  hex_dump (ofs + first, want + first, end - first, true);
  msg ("Data actually read:");
  hex_dump (ofs + first, got + first, end - first, true);
  fail ("%zu bytes read starting at offset %zu in \"%s\" differ "
        "from expected", end - first, ofs + first, file_name);
}
