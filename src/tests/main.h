#ifndef TESTS_MAIN_H
#define TESTS_MAIN_H

/* A test linked with tests/main.c supplies this: the body of the test,
   run between the "begin" and "end" messages. */
void test_main (void);

#endif /* tests/main.h */
