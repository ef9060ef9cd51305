#ifndef DEVICES_VGA_H
#define DEVICES_VGA_H

/* The VGA text-mode console: 80 columns by 25 rows. */

void vga_putc (int);

#endif /* devices/vga.h */
