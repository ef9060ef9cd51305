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

/* One step of a test, as an expression: names the step with msg()
   before SUCCESS is evaluated, because SUCCESS usually performs the
   step (CHECK ((fd = open (name)) > 1, "open \"%s\"", name)) and a
   step that hangs or kills the process should already be in the
   output.  If SUCCESS is false, fails with the same words.  The words
   are formatted once more on failure, so their arguments must not
   have side effects. */
#define CHECK(SUCCESS, ...)                                     \
  (msg (__VA_ARGS__), (SUCCESS) ? (void) 0 : fail (__VA_ARGS__))

/* Files.  check_file() opens FILE_NAME and compares its whole
   contents with BUF; check_file_handle() does the same from FD's
   current position.  compare_bytes() fails with a hex dump of the
   first run of differing bytes (64 at most); OFS and FILE_NAME only go into the
   messages. */
void check_file (const char *file_name, const void *buf, size_t size);
void check_file_handle (int fd, const char *file_name,
                        const void *buf, size_t size);
void compare_bytes (const void *read_data, const void *expected_data,
                    size_t size, size_t ofs, const char *file_name);

/* Child processes.  exec_children() starts CHILD_CNT copies of
   CHILD_NAME, giving copy I (from 0) the argument I; wait_children()
   collects them in that order and expects copy I to exit with status
   I, which ties each status to one particular child.  run_cases()
   runs a program once per case and reports each exit status. */
void exec_children (const char *child_name, pid_t pids[], size_t child_cnt);
void wait_children (pid_t pids[], size_t child_cnt);
void run_cases (const char *program, const char *const cases[],
                size_t case_cnt);

/* Puts CNT elements of SIZE bytes each into a random order. */
void shuffle (void *, size_t cnt, size_t size);

#endif /* tests/lib.h */
