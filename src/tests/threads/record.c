/* Recording test events in memory; see record.h. */

#include "tests/threads/record.h"
#include <debug.h>
#include <stdarg.h>
#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"

#define MAX_EVENTS 64
#define EVENT_LEN 96

static char events[MAX_EVENTS][EVENT_LEN];
static int event_cnt;

/* Records an event, formatted like printf().  Safe in any thread,
   with interrupts on or off; an event longer than EVENT_LEN - 1 bytes
   is cut short. */
void
record (const char *format, ...)
{
  enum intr_level old_level = intr_disable ();
  va_list args;

  ASSERT (event_cnt < MAX_EVENTS);
  va_start (args, format);
  vsnprintf (events[event_cnt++], EVENT_LEN, format, args);
  va_end (args);
  intr_set_level (old_level);
}

/* Prints every recorded event through msg(), oldest first, and
   forgets them. */
void
record_print (void)
{
  int i;

  for (i = 0; i < event_cnt; i++)
    msg ("%s", events[i]);
  event_cnt = 0;
}
