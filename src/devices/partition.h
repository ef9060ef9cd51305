#ifndef DEVICES_PARTITION_H
#define DEVICES_PARTITION_H

/* Partitions: the pieces of a disk described by its partition table. */

struct block;

void partition_scan (struct block *);

#endif /* devices/partition.h */
