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

const char *block_type_name (enum block_type);

/* Finding devices. */
struct block *block_get_role (enum block_type);
void block_set_role (enum block_type, struct block *);
struct block *block_get_by_name (const char *name);
struct block *block_first (void);
struct block *block_next (struct block *);

/* Using a device. */
block_sector_t block_size (struct block *);
void block_read (struct block *, block_sector_t, void *);
void block_write (struct block *, block_sector_t, const void *);
const char *block_name (struct block *);
enum block_type block_type (struct block *);

void block_print_stats (void);

/* What a driver supplies for each device it registers.  Both are
   called from thread context, never with a sector past the end of the
   device, and BUFFER holds BLOCK_SECTOR_SIZE bytes. */
struct block_operations
  {
    void (*read) (void *aux, block_sector_t, void *buffer);
    void (*write) (void *aux, block_sector_t, const void *buffer);
  };

struct block *block_register (const char *name, enum block_type,
                              const char *extra_info, block_sector_t size,
                              const struct block_operations *, void *aux);

#endif /* devices/block.h */
