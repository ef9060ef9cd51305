#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

/* Kernel tests: functions compiled into the threads build and run by
   the kernel action `run NAME'.  A test reports through msg(), fail()
   and pass(), whose output the test's .ck file checks. */

void run_test (const char *);

typedef void test_func (void);

/* One declaration per test: see tests.c for the table. */
extern test_func test_boot_smoke;

void msg (const char *, ...);
void fail (const char *, ...);
void pass (void);

#endif /* tests/threads/tests.h */
