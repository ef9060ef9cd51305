/* Bounded byte queues between interrupt handlers and threads.

   A queue is a ring of INTQ_BUFSIZE + 1 slots indexed by `head'
   (where the next byte goes) and `tail' (where the next byte comes
   from); head == tail means empty, and tail just after head means full.

   Synchronization is by disabling interrupts: every function requires
   them off, which excludes the interrupt handler on the other side.
   A thread that cannot proceed records itself in `waiting_reader' or
   `waiting_writer' and blocks; whoever next changes the queue unblocks
   it.  Only one thread may occupy each of those slots, so a thread that
   needs to wait first takes the lock for its side (`reader_lock' or
   `writer_lock'), which lines up any others behind it.  The two sides
   have separate locks because a reader holds its lock while it waits
   for a writer, and vice versa; one shared lock could leave each side
   waiting for the other.  Releasing the lock may let another thread
   run and take the byte a waiter was woken for, so a waiter re-checks
   the queue after letting go of the lock, not only on waking.
   Interrupt handlers never wait: they test intq_empty()/intq_full()
   first. */

#include "devices/intq.h"
#include <debug.h>
#include "threads/interrupt.h"
#include "threads/thread.h"

/* Number of slots in the ring. */
#define RING_SIZE (INTQ_BUFSIZE + 1)

/* Returns the ring index after POS. */
static size_t
next_slot (size_t pos)
{
  return (pos + 1) % RING_SIZE;
}

/* Makes Q an empty queue with nobody waiting. */
void
intq_init (struct intq *q)
{
  lock_init (&q->reader_lock);
  lock_init (&q->writer_lock);
  q->waiting_reader = q->waiting_writer = NULL;
  q->head = q->tail = 0;
}

/* Returns true if Q holds no bytes.  Interrupts must be off. */
bool
intq_empty (const struct intq *q)
{
  ASSERT (intr_get_level () == INTR_OFF);
  return q->head == q->tail;
}

/* Returns true if Q holds INTQ_BUFSIZE bytes.  Interrupts must be off. */
bool
intq_full (const struct intq *q)
{
  ASSERT (intr_get_level () == INTR_OFF);
  return next_slot (q->head) == q->tail;
}

/* Sleeps for as long as BLOCKED (Q) holds, e.g. while Q is empty for
   a reader.  LOCK and *SLOT are the lock and waiter slot of the
   caller's side of the queue.  Interrupts must be off, and the caller
   must be a thread, unless BLOCKED (Q) is already false. */
static void
wait_while (struct intq *q, bool (*blocked) (const struct intq *),
            struct lock *lock, struct thread **slot)
{
  ASSERT (intr_get_level () == INTR_OFF);
  while (blocked (q))
    {
      ASSERT (!intr_context ());
      lock_acquire (lock);
      if (blocked (q))
        {
          /* Holding LOCK guarantees that the slot is free. */
          ASSERT (*slot == NULL);
          *slot = thread_current ();
          thread_block ();
        }
      lock_release (lock);
    }
}

/* Unblocks the thread waiting in *SLOT, if any, and empties the slot.
   Safe from an interrupt handler. */
static void
wake (struct thread **slot)
{
  if (*slot != NULL)
    {
      thread_unblock (*slot);
      *slot = NULL;
    }
}

/* Removes and returns the oldest byte in Q.  If Q is empty, sleeps
   until a byte arrives, which only a thread may do.  Interrupts must
   be off. */
uint8_t
intq_getc (struct intq *q)
{
  uint8_t byte;

  wait_while (q, intq_empty, &q->reader_lock, &q->waiting_reader);
  byte = q->buf[q->tail];
  q->tail = next_slot (q->tail);
  wake (&q->waiting_writer);
  return byte;
}

/* Appends BYTE to Q.  If Q is full, sleeps until there is room, which
   only a thread may do.  Interrupts must be off. */
void
intq_putc (struct intq *q, uint8_t byte)
{
  wait_while (q, intq_full, &q->writer_lock, &q->waiting_writer);
  q->buf[q->head] = byte;
  q->head = next_slot (q->head);
  wake (&q->waiting_reader);
}
