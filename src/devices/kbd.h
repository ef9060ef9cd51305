#ifndef DEVICES_KBD_H
#define DEVICES_KBD_H

/* The PS/2 keyboard. */

void kbd_init (void);
void kbd_print_stats (void);

#endif /* devices/kbd.h */
