/* The kernel console: the kernel's printf(), vprintf(), putchar(),
   puts() and putbuf().

   Every character goes to both the serial port and the VGA screen.
   console_lock makes each call's output contiguous.  The lock is
   skipped, and output may then interleave, in three situations
   where taking it would be wrong:
     - before console_init(), when there are no threads to own it;
     - in an interrupt handler, which must never sleep;
     - after console_panic(), because a panicking thread may already
       hold the lock, or may have interrupted the thread that does.
   The thread that holds the lock may also print again while holding
   it, for instance when an assertion fails inside a printf()
   argument's evaluation or in the serial driver; such nested calls
   are counted in lock_depth rather than deadlocking.

   Lock order: console_lock is taken after any lock of the caller's
   and, while it is held, only the serial and VGA drivers run. */

#include <console.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "devices/serial.h"
#include "devices/vga.h"
#include "threads/interrupt.h"
#include "threads/synch.h"

/* Serializes console output; see the top of this file. */
static struct lock console_lock;

/* True once console_init() has run and until console_panic(). */
static bool use_console_lock;

/* Number of nested acquisitions by console_lock's holder, beyond the
   first. */
static int lock_depth;

/* Characters written since boot. */
static int64_t write_cnt;

/* Creates the console lock; see console.h. */
void
console_init (void)
{
  lock_init (&console_lock);
  use_console_lock = true;
}

/* Stops using the console lock; see console.h. */
void
console_panic (void)
{
  use_console_lock = false;
}

/* Prints the console statistics line. */
void
console_print_stats (void)
{
  printf ("Console: %lld characters output\n", write_cnt);
}

/* True if output must go through console_lock right now. */
static bool
console_locking (void)
{
  return use_console_lock && !intr_context ();
}

/* Takes the console for the current thread, if locking is in use. */
static void
acquire_console (void)
{
  if (!console_locking ())
    return;
  if (lock_held_by_current_thread (&console_lock))
    lock_depth++;
  else
    lock_acquire (&console_lock);
}

/* Gives up one acquire_console() of the console. */
static void
release_console (void)
{
  if (!console_locking ())
    return;
  if (lock_depth > 0)
    lock_depth--;
  else
    lock_release (&console_lock);
}

/* Sends CH to both output devices.  The caller owns the console. */
static void
put_char_locked (uint8_t ch)
{
  write_cnt++;
  serial_putc (ch);
  vga_putc (ch);
}

/* __vprintf() output function: prints CH and counts it in the int
   that AUX points to. */
static void
vprintf_output (char ch, void *aux)
{
  int *char_cnt = aux;

  (*char_cnt)++;
  put_char_locked (ch);
}

/* Prints FORMAT with ARGS as one unit.  Returns the number of
   characters printed. */
int
vprintf (const char *format, va_list args)
{
  int char_cnt = 0;

  acquire_console ();
  __vprintf (format, args, vprintf_output, &char_cnt);
  release_console ();
  return char_cnt;
}

/* Prints STRING and a newline as one unit.  Returns 0. */
int
puts (const char *string)
{
  acquire_console ();
  while (*string != '\0')
    put_char_locked (*string++);
  put_char_locked ('\n');
  release_console ();
  return 0;
}

/* Prints the SIZE characters at BUFFER as one unit. */
void
putbuf (const char *buffer, size_t size)
{
  acquire_console ();
  while (size-- > 0)
    put_char_locked (*buffer++);
  release_console ();
}

/* Prints CH (converted to unsigned char) and returns it. */
int
putchar (int ch)
{
  acquire_console ();
  put_char_locked (ch);
  release_console ();
  return ch;
}
