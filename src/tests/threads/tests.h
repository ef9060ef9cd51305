#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

/* Kernel tests: functions compiled into the threads build and run by
   the kernel action `run NAME'.  A test reports through msg(), fail()
   and pass(), whose output the test's .ck file checks. */

#include <debug.h>

/* Runs the kernel test called NAME; panics if there is none. */
void run_test (const char *name);

/* Print "(NAME) " and the printf-style message on a line of its own.
   fail() prints "FAIL: " before the message and then panics, so the
   test stops there; pass() prints "PASS". */
void msg (const char *, ...) PRINTF_FORMAT (1, 2);
void fail (const char *, ...) PRINTF_FORMAT (1, 2) NO_RETURN;
void pass (void);

/* Fails the running test, naming the source line and the
   condition, unless CONDITION holds.  Unlike ASSERT it reports
   through fail(), so the output shows a FAIL line. */
#define EXPECT(CONDITION)                                       \
  ((CONDITION) ? (void) 0                                       \
   : fail ("%s:%d: expected %s", __FILE__, __LINE__, #CONDITION))

typedef void test_func (void);

/* The registry of kernel tests, one ENTRY (NAME, ID) per test: NAME is
   what `run' is given, the function is test_ID.  This one list makes
   both the declarations below and the table in tests.c, so a test is
   added with one line here and its name and source in Make.tests. */
#define KERNEL_TESTS(ENTRY)                                             \
  ENTRY ("boot-smoke", boot_smoke)                                      \
                                                                        \
  /* Foundation tests: threads, synchronization, memory, the kernel     \
     library, and how panics and faults are reported. */                \
  ENTRY ("thread-lifecycle", thread_lifecycle)                          \
  ENTRY ("synch-sema", synch_sema)                                      \
  ENTRY ("synch-lock", synch_lock)                                      \
  ENTRY ("synch-cond", synch_cond)                                      \
  ENTRY ("malloc-stress", malloc_stress)                                \
  ENTRY ("palloc-pools", palloc_pools)                                  \
  ENTRY ("lib-list", lib_list)                                          \
  ENTRY ("lib-hash", lib_hash)                                          \
  ENTRY ("lib-bitmap", lib_bitmap)                                      \
  ENTRY ("lib-printf", lib_printf)                                      \
  ENTRY ("lib-string", lib_string)                                      \
  ENTRY ("lib-stdlib", lib_stdlib)                                      \
  ENTRY ("lib-random", lib_random)                                      \
  ENTRY ("panic-backtrace", panic_backtrace)                            \
  ENTRY ("stack-overflow", stack_overflow)                              \
  ENTRY ("kernel-fault", kernel_fault)                                  \
  ENTRY ("kernel-text-readonly", kernel_text_readonly)                  \
  /* End of foundation tests. */                                        \
                                                                        \
  /* Threads-project tests: alarm clock, priority scheduling and        \
     donation, 4.4BSD scheduler. */                                     \
  ENTRY ("alarm-single", alarm_single)                                  \
  ENTRY ("alarm-multiple", alarm_multiple)                              \
  ENTRY ("alarm-simultaneous", alarm_simultaneous)                      \
  ENTRY ("alarm-priority", alarm_priority)                              \
  ENTRY ("alarm-zero", alarm_zero)                                      \
  ENTRY ("alarm-negative", alarm_negative)                              \
  ENTRY ("priority-change", priority_change)                            \
  ENTRY ("priority-donate-one", priority_donate_one)                    \
  ENTRY ("priority-donate-multiple", priority_donate_multiple)          \
  ENTRY ("priority-donate-multiple2", priority_donate_multiple2)        \
  ENTRY ("priority-donate-nest", priority_donate_nest)                  \
  ENTRY ("priority-donate-sema", priority_donate_sema)                  \
  ENTRY ("priority-donate-lower", priority_donate_lower)                \
  ENTRY ("priority-fifo", priority_fifo)                                \
  ENTRY ("priority-preempt", priority_preempt)                          \
  ENTRY ("priority-sema", priority_sema)                                \
  ENTRY ("priority-condvar", priority_condvar)                          \
  ENTRY ("priority-donate-chain", priority_donate_chain)                \
  ENTRY ("mlfqs-load-1", mlfqs_load_1)                                  \
  ENTRY ("mlfqs-load-60", mlfqs_load_60)                                \
  ENTRY ("mlfqs-load-avg", mlfqs_load_avg)                              \
  ENTRY ("mlfqs-recent-1", mlfqs_recent_1)                              \
  ENTRY ("mlfqs-fair-2", mlfqs_fair_2)                                  \
  ENTRY ("mlfqs-fair-20", mlfqs_fair_20)                                \
  ENTRY ("mlfqs-nice-2", mlfqs_nice_2)                                  \
  ENTRY ("mlfqs-nice-10", mlfqs_nice_10)                                \
  ENTRY ("mlfqs-block", mlfqs_block)                                    \
  /* End of threads-project tests. */

/* test_boot_smoke and the rest, each `void test_ID (void)'. */
#define DECLARE_TEST(NAME, ID) extern test_func test_##ID;
KERNEL_TESTS (DECLARE_TEST)
#undef DECLARE_TEST

#endif /* tests/threads/tests.h */
