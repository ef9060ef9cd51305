/* The kernel-test dispatcher and the reporting functions of tests.h.

   run_test() finds a test in the table that tests.h's KERNEL_TESTS
   list expands to, and runs it between "(NAME) begin" and "(NAME) end"
   lines.  Every line a test prints through msg(), fail() or pass()
   carries the same "(NAME) " prefix, which is what the test's .ck file
   looks for in the kernel's output. */

#include "tests/threads/tests.h"
#include <debug.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* A kernel test: what `run' calls it, and the function to call. */
struct test
  {
    const char *name;
    test_func *function;
  };

#define TABLE_ENTRY(NAME, ID) {NAME, test_##ID},
static const struct test tests[] = { KERNEL_TESTS (TABLE_ENTRY) };
#undef TABLE_ENTRY

/* The test being run, set once run_test() has found it. */
static const struct test *running;

/* Returns the test called NAME, or a null pointer. */
static const struct test *
find_test (const char *name)
{
  size_t i;

  for (i = 0; i < sizeof tests / sizeof tests[0]; i++)
    if (strcmp (tests[i].name, name) == 0)
      return &tests[i];
  return NULL;
}

/* Runs the test called NAME between its begin and end lines; an
   unknown name is a mistake on the kernel command line, so it panics. */
void
run_test (const char *name)
{
  const struct test *test = find_test (name);

  if (test == NULL)
    PANIC ("run: no kernel test called \"%s\"", name);
  running = test;
  msg ("begin");
  test->function ();
  msg ("end");
}

/* Prints one report line: "(NAME) ", LABEL, then FORMAT formatted with
   ARGS. */
static void
print_report (const char *label, const char *format, va_list args)
{
  printf ("(%s) %s", running->name, label);
  vprintf (format, args);
  putchar ('\n');
}

/* Prints "(NAME) " and the message, for the test's check to read. */
void
msg (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  print_report ("", format, args);
  va_end (args);
}

/* Prints "(NAME) FAIL: " and the message, then panics.  The FAIL line
   is what the check reports; the panic stops the test, and the
   machine, at the point of failure. */
void
fail (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  print_report ("FAIL: ", format, args);
  va_end (args);
  PANIC ("kernel test %s failed", running->name);
}

/* Prints "(NAME) PASS". */
void
pass (void)
{
  msg ("PASS");
}
