#ifndef DEVICES_SERIAL_H
#define DEVICES_SERIAL_H

/* The first serial port (COM1), a 16550A UART: console output, and
   console input from whoever is on the other end of the line. */

#include <stdint.h>

void serial_init_queue (void);
void serial_putc (uint8_t);
void serial_flush (void);
void serial_notify (void);

#endif /* devices/serial.h */
