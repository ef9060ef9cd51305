#ifndef __LIB_KERNEL_CONSOLE_H
#define __LIB_KERNEL_CONSOLE_H

/* The kernel console: everything printf() and putbuf() write goes to
   both the serial port and the VGA text screen.  Output is
   serialized by a lock so that each printf() call or putbuf() comes
   out whole, except where a lock cannot be used (see below). */

/* Creates the console lock.  Call once, after thread_init() has made
   thread_current() work and before a second thread exists; printing
   earlier is allowed but unlocked. */
void console_init (void);

/* Stops locking the console for good, so that a kernel panic can
   print even if the panicking thread, or one it preempted, holds the
   lock. */
void console_panic (void);

/* Prints "Console: N characters output" for the shutdown statistics. */
void console_print_stats (void);

#endif /* lib/kernel/console.h */
