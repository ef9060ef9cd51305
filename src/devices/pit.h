#ifndef DEVICES_PIT_H
#define DEVICES_PIT_H

/* The 8254 programmable interval timer: three counters driven by one
   1.193182 MHz clock.  Channel 0 drives IRQ0 (the system timer) and
   channel 2 drives the PC speaker. */

void pit_configure_channel (int channel, int mode, int frequency);

#endif /* devices/pit.h */
