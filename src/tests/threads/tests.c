/* The kernel-test dispatcher.

   run_test() looks a name up in the table below and runs that test
   between "(NAME) begin" and "(NAME) end" lines.  Adding a test takes
   a line in this table, its declaration in tests.h, and its name and
   source in Make.tests. */

#include "tests/threads/tests.h"
#include <debug.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct test
  {
    const char *name;
    test_func *function;
  };

static const struct test tests[] =
  {
    {"boot-smoke", test_boot_smoke},
  };

/* Name of the running test, for msg() and friends. */
static const char *test_name;

/* Runs the test named NAME, or panics if there is none. */
void
run_test (const char *name)
{
  const struct test *t;

  for (t = tests; t < tests + sizeof tests / sizeof *tests; t++)
    if (!strcmp (name, t->name))
      {
        test_name = name;
        msg ("begin");
        t->function ();
        msg ("end");
        return;
      }
  PANIC ("no test named \"%s\"", name);
}

/* Prints "(NAME) " and then FORMAT, formatted like printf(), and a
   newline. */
void
msg (const char *format, ...)
{
  va_list args;

  printf ("(%s) ", test_name);
  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
}

/* Prints "(NAME) FAIL: " and then FORMAT, and panics: the test is over
   and its check will see both the FAIL and the panic. */
void
fail (const char *format, ...)
{
  va_list args;

  printf ("(%s) FAIL: ", test_name);
  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');

  PANIC ("test failed");
}

/* Prints "(NAME) PASS". */
void
pass (void)
{
  printf ("(%s) PASS\n", test_name);
}
