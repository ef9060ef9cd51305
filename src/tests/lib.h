#ifndef TESTS_LIB_H
#define TESTS_LIB_H

/* Support for test programs that run as user processes.

   A test reports what it does with msg(), each message a line
   "(NAME) TEXT" where NAME is test_name; the test's .ck file compares
   those lines with the expected ones.  fail() reports a failure as
   "(NAME) FAIL: TEXT" and ends the process with status 1; any line
   containing FAIL fails the test. */

#include <debug.h>
#include <stdbool.h>
#include <stddef.h>
#include <syscall.h>

/* The name in front of every message.  tests/main.c sets it from
   argv[0]; a program without main.c may define it itself. */
extern const char *test_name;

/* If true, msg() prints nothing (fail() still does). */
extern bool quiet;

void msg (const char *, ...) PRINTF_FORMAT (1, 2);
void fail (const char *, ...) PRINTF_FORMAT (1, 2) NO_RETURN;

/* Reports the message that follows SUCCESS, printf-style, then fails
   with the same message if SUCCESS is false. */
#define CHECK(SUCCESS, ...)                     \
  do                                            \
    {                                           \
      msg (__VA_ARGS__);                        \
      if (!(SUCCESS))                           \
        fail (__VA_ARGS__);                     \
    }                                           \
  while (0)

void shuffle (void *, size_t cnt, size_t size);

void exec_children (const char *child_name, pid_t pids[], size_t child_cnt);
void wait_children (pid_t pids[], size_t child_cnt);
void run_cases (const char *program, const char *const cases[],
                size_t case_cnt);

void check_file_handle (int fd, const char *file_name,
                        const void *buf, size_t size);
void check_file (const char *file_name, const void *buf, size_t size);

void compare_bytes (const void *read_data, const void *expected_data,
                    size_t size, size_t ofs, const char *file_name);

#endif /* tests/lib.h */
