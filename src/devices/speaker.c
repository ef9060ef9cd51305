/* The PC speaker.

   The speaker is driven by 8254 channel 2 in square-wave mode, gated
   through two bits of the system control port 0x61: bit 0 lets the
   counter run and bit 1 connects its output to the speaker.  The other
   bits of that port belong to other hardware, so it is changed by
   read-modify-write with interrupts off. */

#include "devices/speaker.h"
#include <stdint.h>
#include "devices/pit.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/io.h"

/* System control port B and its speaker bits. */
#define PORT_B 0x61
#define PORT_B_SPEAKER_BITS 0x03

/* Tone and length of speaker_beep(). */
#define BEEP_HZ 440
#define BEEP_MS 250

/* Sets the bits of PORT_B under MASK to the corresponding bits of
   VALUE, leaving the rest alone. */
static void
update_port_b (uint8_t mask, uint8_t value)
{
  enum intr_level old_level = intr_disable ();
  outb (PORT_B, (inb (PORT_B) & ~mask) | (value & mask));
  intr_set_level (old_level);
}

/* Starts a tone of FREQUENCY Hz.  Frequencies outside human hearing
   (20 Hz - 20 kHz) turn the speaker off instead. */
void
speaker_on (int frequency)
{
  if (frequency < 20 || frequency > 20000)
    {
      speaker_off ();
      return;
    }
  pit_configure_channel (2, 3, frequency);
  update_port_b (PORT_B_SPEAKER_BITS, PORT_B_SPEAKER_BITS);
}

/* Silences the speaker. */
void
speaker_off (void)
{
  update_port_b (PORT_B_SPEAKER_BITS, 0);
}

/* Beeps briefly.  The beep is timed by sleeping, so it is skipped when
   the caller has interrupts off. */
void
speaker_beep (void)
{
  if (intr_get_level () == INTR_OFF)
    return;
  speaker_on (BEEP_HZ);
  timer_msleep (BEEP_MS);
  speaker_off ();
}
