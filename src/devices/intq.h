#ifndef DEVICES_INTQ_H
#define DEVICES_INTQ_H

/* A small bounded byte queue shared between an interrupt handler and
   kernel threads.

   Every operation needs interrupts off.  A thread that reads from an
   empty queue or writes to a full one sleeps until the other side
   makes progress.  An interrupt handler must not sleep, so it checks
   intq_empty() or intq_full() before calling intq_getc() or
   intq_putc(). */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "threads/synch.h"

/* Capacity of a queue, in bytes. */
#define INTQ_BUFSIZE 64

/* A circular buffer of bytes.  Holds at most INTQ_BUFSIZE bytes: one
   slot is always left unused so that full and empty differ. */
struct intq
  {
    /* A thread that must wait first takes the lock for its side, so
       that at most one reader and one writer are ever blocked on the
       queue itself; any others line up behind the lock. */
    struct lock reader_lock;
    struct lock writer_lock;
    struct thread *waiting_reader;  /* Blocked in intq_getc(), or NULL. */
    struct thread *waiting_writer;  /* Blocked in intq_putc(), or NULL. */

    uint8_t buf[INTQ_BUFSIZE + 1];  /* The bytes. */
    size_t head;                    /* Next slot to write. */
    size_t tail;                    /* Next slot to read. */
  };

/* Sets up Q empty, with no waiters. */
void intq_init (struct intq *q);

/* State tests, for callers that must not sleep.  They only look, so
   their answer holds as long as interrupts stay off. */
bool intq_empty (const struct intq *q);
bool intq_full (const struct intq *q);

/* Take one byte out of, or put one byte into, Q.  In a thread these
   wait for the other side if they must; in an interrupt handler the
   queue must already be known non-empty or non-full. */
uint8_t intq_getc (struct intq *q);
void intq_putc (struct intq *q, uint8_t byte);

#endif /* devices/intq.h */
