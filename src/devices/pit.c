/* Programming the 8254 programmable interval timer.

   This file owns the PIT's command port (0x43) and the data ports of
   the two channels the kernel uses: channel 0 (the periodic timer
   interrupt, devices/timer.c) and channel 2 (the speaker tone,
   devices/speaker.c).  Channel 1 once refreshed DRAM and is left alone.

   Programming a channel takes a command byte followed by two data
   bytes, low then high.  Nothing may touch the PIT between those three
   writes, so pit_configure_channel() runs them with interrupts off; no
   other locking is needed. */

#include "devices/pit.h"
#include <debug.h>
#include <stdint.h>
#include "threads/interrupt.h"
#include "threads/io.h"

/* Frequency of the clock that feeds every PIT counter, in Hz. */
#define PIT_INPUT_HZ 1193182

/* I/O ports. */
#define PIT_PORT_COUNTER(CHANNEL) (0x40 + (CHANNEL))
#define PIT_PORT_COMMAND 0x43

/* Command byte fields. */
#define PIT_CMD_CHANNEL(CHANNEL) ((CHANNEL) << 6)
#define PIT_CMD_LOHI 0x30               /* Access low byte, then high. */
#define PIT_CMD_MODE(MODE) ((MODE) << 1) /* Binary counting: bit 0 clear. */

/* Returns the 16-bit reload value that makes a counter divide the
   input clock down to FREQUENCY Hz, rounded to the nearest divisor and
   clamped to what the hardware can count.  A result of 0 stands for
   65,536, the slowest rate the counter supports (about 18.2 Hz). */
static uint16_t
divisor_for (int frequency)
{
  int divisor;

  if (frequency <= PIT_INPUT_HZ / 65536)
    return 0;
  divisor = (PIT_INPUT_HZ + frequency / 2) / frequency;
  if (divisor > 65535)
    return 0;
  /* Modes 2 and 3 need a count of at least 2. */
  return divisor < 2 ? 2 : divisor;
}

/* Programs PIT CHANNEL (0 or 2) to run in MODE at FREQUENCY Hz.

   MODE 2 (rate generator) produces one short pulse per period, which
   is what a periodic interrupt wants; MODE 3 (square wave) is what a
   speaker wants.  Frequencies below about 19 Hz are clamped to the
   slowest rate the counter supports.  May be called with interrupts
   on or off, including from an interrupt handler. */
void
pit_configure_channel (int channel, int mode, int frequency)
{
  enum intr_level old_level;
  uint16_t divisor;

  ASSERT (channel == 0 || channel == 2);
  ASSERT (mode == 2 || mode == 3);
  ASSERT (frequency > 0);

  divisor = divisor_for (frequency);

  old_level = intr_disable ();
  outb (PIT_PORT_COMMAND,
        PIT_CMD_CHANNEL (channel) | PIT_CMD_LOHI | PIT_CMD_MODE (mode));
  outb (PIT_PORT_COUNTER (channel), divisor & 0xff);
  outb (PIT_PORT_COUNTER (channel), divisor >> 8);
  intr_set_level (old_level);
}
