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

    /* Foundation tests: threads, synchronization, memory, the kernel
       library, and how panics and faults are reported. */
    {"thread-lifecycle", test_thread_lifecycle},
    {"synch-sema", test_synch_sema},
    {"synch-lock", test_synch_lock},
    {"synch-cond", test_synch_cond},
    {"malloc-stress", test_malloc_stress},
    {"palloc-pools", test_palloc_pools},
    {"lib-list", test_lib_list},
    {"lib-hash", test_lib_hash},
    {"lib-bitmap", test_lib_bitmap},
    {"lib-printf", test_lib_printf},
    {"lib-string", test_lib_string},
    {"lib-stdlib", test_lib_stdlib},
    {"lib-random", test_lib_random},
    {"panic-backtrace", test_panic_backtrace},
    {"stack-overflow", test_stack_overflow},
    {"kernel-fault", test_kernel_fault},
    {"kernel-text-readonly", test_kernel_text_readonly},
    /* End of foundation tests. */

    /* Threads-project tests: alarm clock, priority scheduling and
       donation, 4.4BSD scheduler. */
    {"alarm-single", test_alarm_single},
    {"alarm-multiple", test_alarm_multiple},
    {"alarm-simultaneous", test_alarm_simultaneous},
    {"alarm-priority", test_alarm_priority},
    {"alarm-zero", test_alarm_zero},
    {"alarm-negative", test_alarm_negative},
    {"priority-change", test_priority_change},
    {"priority-donate-one", test_priority_donate_one},
    {"priority-donate-multiple", test_priority_donate_multiple},
    {"priority-donate-multiple2", test_priority_donate_multiple2},
    {"priority-donate-nest", test_priority_donate_nest},
    {"priority-donate-sema", test_priority_donate_sema},
    {"priority-donate-lower", test_priority_donate_lower},
    {"priority-fifo", test_priority_fifo},
    {"priority-preempt", test_priority_preempt},
    {"priority-sema", test_priority_sema},
    {"priority-condvar", test_priority_condvar},
    {"priority-donate-chain", test_priority_donate_chain},
    {"mlfqs-load-1", test_mlfqs_load_1},
    {"mlfqs-load-60", test_mlfqs_load_60},
    {"mlfqs-load-avg", test_mlfqs_load_avg},
    {"mlfqs-recent-1", test_mlfqs_recent_1},
    {"mlfqs-fair-2", test_mlfqs_fair_2},
    {"mlfqs-fair-20", test_mlfqs_fair_20},
    {"mlfqs-nice-2", test_mlfqs_nice_2},
    {"mlfqs-nice-10", test_mlfqs_nice_10},
    {"mlfqs-block", test_mlfqs_block},
    /* End of threads-project tests. */
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
