/* The console input buffer.

   Interrupt handlers (devices/kbd.c and devices/serial.c) put bytes in;
   threads take them out with input_getc(), e.g. for reads from fd 0.
   The buffer is one intq, so it is protected by disabling interrupts.

   The serial driver stops accepting received bytes while the buffer is
   full, leaving them in the UART instead of dropping them, so every
   byte taken out here is reported to it through serial_notify(). */

#include "devices/input.h"
#include <debug.h>
#include "devices/intq.h"
#include "devices/serial.h"
#include "threads/interrupt.h"

/* Bytes typed but not yet read. */
static struct intq buffer;

/* Initializes the input buffer.  Call once during boot. */
void
input_init (void)
{
  intq_init (&buffer);
}

/* Adds BYTE to the input buffer, or drops it if the buffer is full.
   Called only by interrupt handlers, with interrupts off. */
void
input_putc (uint8_t byte)
{
  ASSERT (intr_get_level () == INTR_OFF);
  if (!intq_full (&buffer))
    intq_putc (&buffer, byte);
}

/* Returns the next input byte, sleeping until one arrives.  Must be
   called by a thread, not an interrupt handler. */
uint8_t
input_getc (void)
{
  enum intr_level old_level = intr_disable ();
  uint8_t byte = intq_getc (&buffer);
  serial_notify ();
  intr_set_level (old_level);
  return byte;
}

/* Returns true if the input buffer has no room for another byte.
   Interrupts must be off. */
bool
input_full (void)
{
  ASSERT (intr_get_level () == INTR_OFF);
  return intq_full (&buffer);
}
