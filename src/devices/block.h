#ifndef DEVICES_BLOCK_H
#define DEVICES_BLOCK_H

/* Block devices: disks and partitions, read and written one sector at
   a time, each registered under a name ("hda", "hda1", ...) and
   optionally assigned one of the roles the kernel needs. */

#include <inttypes.h>
#include <stddef.h>

/* Size of a sector, the unit of every transfer, in bytes. */
#define BLOCK_SECTOR_SIZE 512

/* Index of a sector within a device.  PRDSNu formats one for printf. */
typedef uint32_t block_sector_t;
#define PRDSNu PRIu32

/* What a block device is used for.  The first BLOCK_ROLE_CNT types are
   roles the kernel looks for, at most one device each. */
enum block_type
  {
    BLOCK_KERNEL,                 /* The kernel image. */
    BLOCK_FILESYS,                /* The file system. */
    BLOCK_SCRATCH,                /* Scratch area for `pintos -p/-g'. */
    BLOCK_SWAP,                   /* Swap space. */
    BLOCK_ROLE_CNT,

    BLOCK_RAW = BLOCK_ROLE_CNT,   /* A whole disk, not a role. */
    BLOCK_FOREIGN,                /* A partition of some other OS. */
    BLOCK_CNT
  };

/* The short name of each type, as the power-off statistics print
   it: "kernel", "filesys", "scratch", "swap", "raw", "foreign". */
const char *block_type_name (enum block_type);

/* Looking devices up: by role, by name ("hdb1"), or one after another
   in the order they were registered. */
struct block *block_get_role (enum block_type);
void block_set_role (enum block_type, struct block *);
struct block *block_get_by_name (const char *name);
struct block *block_first (void);
struct block *block_next (struct block *);

/* What a device is. */
const char *block_name (struct block *);
enum block_type block_type (struct block *);
block_sector_t block_size (struct block *);

/* Moving one sector between a device and a BLOCK_SECTOR_SIZE-byte
   buffer.  Both may sleep. */
void block_read (struct block *, block_sector_t, void *);
void block_write (struct block *, block_sector_t, const void *);

/* Prints one "NAME (TYPE): N reads, N writes" line per device that
   fills a role. */
void block_print_stats (void);

/* The driver side.  A driver hands block_register() a table of two
   functions per device; the block layer calls them with the driver's
   own AUX pointer, always from a thread, always with a sector inside
   the device and a buffer of BLOCK_SECTOR_SIZE bytes. */
struct block_operations
  {
    /* Fills BUFFER from sector SECTOR. */
    void (*read) (void *aux, block_sector_t sector, void *buffer);

    /* Stores BUFFER into sector SECTOR. */
    void (*write) (void *aux, block_sector_t sector, const void *buffer);
  };

/* Adds a device called NAME of SIZE sectors and announces it on the
   console, with EXTRA_INFO if that is not NULL. */
struct block *block_register (const char *name, enum block_type,
                              const char *extra_info, block_sector_t size,
                              const struct block_operations *ops,
                              void *aux);

#endif /* devices/block.h */
