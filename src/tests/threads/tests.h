#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

/* Kernel tests: functions compiled into the threads build and run by
   the kernel action `run NAME'.  A test reports through msg(), fail()
   and pass(), whose output the test's .ck file checks. */

#include <debug.h>

void run_test (const char *);

typedef void test_func (void);

/* One declaration per test: see tests.c for the table. */
extern test_func test_boot_smoke;

/* Foundation tests: threads, synchronization, memory, the kernel
   library, and how panics and faults are reported. */
extern test_func test_thread_lifecycle;
extern test_func test_synch_sema;
extern test_func test_synch_lock;
extern test_func test_synch_cond;
extern test_func test_malloc_stress;
extern test_func test_palloc_pools;
extern test_func test_lib_list;
extern test_func test_lib_hash;
extern test_func test_lib_bitmap;
extern test_func test_lib_printf;
extern test_func test_lib_string;
extern test_func test_lib_stdlib;
extern test_func test_lib_random;
extern test_func test_panic_backtrace;
extern test_func test_stack_overflow;
extern test_func test_kernel_fault;
extern test_func test_kernel_text_readonly;
/* End of foundation tests. */

/* Threads-project tests: alarm clock, priority scheduling and
   donation, 4.4BSD scheduler. */
extern test_func test_alarm_single;
extern test_func test_alarm_multiple;
extern test_func test_alarm_simultaneous;
extern test_func test_alarm_priority;
extern test_func test_alarm_zero;
extern test_func test_alarm_negative;
extern test_func test_priority_change;
extern test_func test_priority_donate_one;
extern test_func test_priority_donate_multiple;
extern test_func test_priority_donate_multiple2;
extern test_func test_priority_donate_nest;
extern test_func test_priority_donate_sema;
extern test_func test_priority_donate_lower;
extern test_func test_priority_fifo;
extern test_func test_priority_preempt;
extern test_func test_priority_sema;
extern test_func test_priority_condvar;
extern test_func test_priority_donate_chain;
extern test_func test_mlfqs_load_1;
extern test_func test_mlfqs_load_60;
extern test_func test_mlfqs_load_avg;
extern test_func test_mlfqs_recent_1;
extern test_func test_mlfqs_fair_2;
extern test_func test_mlfqs_fair_20;
extern test_func test_mlfqs_nice_2;
extern test_func test_mlfqs_nice_10;
extern test_func test_mlfqs_block;
/* End of threads-project tests. */

void msg (const char *, ...) PRINTF_FORMAT (1, 2);
void fail (const char *, ...) PRINTF_FORMAT (1, 2) NO_RETURN;
void pass (void);

/* Fails the running test, naming the source line and the
   condition, unless CONDITION holds.  Unlike ASSERT it reports
   through fail(), so the output shows a FAIL line. */
#define EXPECT(CONDITION)                                       \
  ((CONDITION) ? (void) 0                                       \
   : fail ("%s:%d: expected %s", __FILE__, __LINE__, #CONDITION))

#endif /* tests/threads/tests.h */
