#ifndef TESTS_THREADS_RECORD_H
#define TESTS_THREADS_RECORD_H

/* Recording test events in memory, to print them afterward.

   A test about the order in which threads run cannot simply print as
   it goes: printing may block while the serial port catches up (on a
   slow emulator it often does), and a blocked thread lets lower
   priorities run, which changes the very order being tested.  So such
   tests record() each event -- a few instructions, never blocking --
   and print the record with record_print() once the threads are done.
   The lines come out exactly as msg() would have printed them. */

#include <debug.h>

void record (const char *format, ...) PRINTF_FORMAT (1, 2);
void record_print (void);

#endif /* tests/threads/record.h */
