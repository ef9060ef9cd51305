#ifndef DEVICES_IDE_H
#define DEVICES_IDE_H

/* ATA disks on the two legacy IDE channels. */

void ide_init (void);

#endif /* devices/ide.h */
