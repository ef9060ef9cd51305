/* The block device layer.

   Drivers (devices/ide.c, devices/partition.c) register each device
   they find with block_register(); everyone else finds devices by
   name, by iteration or by role, and reads and writes them through
   block_read() and block_write(), which check the sector number, pass
   the request to the driver and count it for the statistics printed
   at power-off.

   Invariants: `all_blocks' holds every registered device in order of
   registration and `by_role[R]' is NULL or one of them.  Devices are
   never unregistered.

   Locking: devices are registered and roles assigned during boot, by
   the main thread alone, so the list and the role table need no lock
   afterwards.  The per-device counters are updated with interrupts
   off so that concurrent transfers do not lose counts.  Serializing
   the transfers themselves is the driver's job. */

#include "devices/block.h"
#include <debug.h>
#include <list.h>
#include <stdio.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/malloc.h"

/* A registered block device. */
struct block
  {
    struct list_elem list_elem;         /* Element in `all_blocks'. */

    char name[16];                      /* E.g. "hda" or "hda1". */
    enum block_type type;               /* Type of the device. */
    block_sector_t size;                /* Size in sectors. */

    const struct block_operations *ops; /* Driver operations. */
    void *aux;                          /* Passed to the driver. */

    unsigned long long read_cnt;        /* Sectors read. */
    unsigned long long write_cnt;       /* Sectors written. */
  };

/* Every registered device. */
static struct list all_blocks = LIST_INITIALIZER (all_blocks);

/* The device assigned to each role, or NULL. */
static struct block *by_role[BLOCK_ROLE_CNT];

static struct block *list_elem_to_block (struct list_elem *);

/* Returns a short lower-case name for TYPE, e.g. "filesys". */
const char *
block_type_name (enum block_type type)
{
  static const char *const names[BLOCK_CNT] =
    {
      [BLOCK_KERNEL] = "kernel",
      [BLOCK_FILESYS] = "filesys",
      [BLOCK_SCRATCH] = "scratch",
      [BLOCK_SWAP] = "swap",
      [BLOCK_RAW] = "raw",
      [BLOCK_FOREIGN] = "foreign",
    };

  ASSERT (type < BLOCK_CNT);
  return names[type];
}

/* Returns the device that fills ROLE, or NULL if none does. */
struct block *
block_get_role (enum block_type role)
{
  ASSERT (role < BLOCK_ROLE_CNT);
  return by_role[role];
}

/* Makes BLOCK the device for ROLE (BLOCK may be NULL to clear it).
   Called during boot only. */
void
block_set_role (enum block_type role, struct block *block)
{
  ASSERT (role < BLOCK_ROLE_CNT);
  by_role[role] = block;
}

/* Returns the device named NAME, or NULL if there is none. */
struct block *
block_get_by_name (const char *name)
{
  struct block *block;

  for (block = block_first (); block != NULL; block = block_next (block))
    if (!strcmp (name, block->name))
      return block;
  return NULL;
}

/* Returns the first registered device, or NULL if there are none.
   block_first() and block_next() visit devices in registration order,
   so a disk comes just before its partitions. */
struct block *
block_first (void)
{
  return list_elem_to_block (list_begin (&all_blocks));
}

/* Returns the device registered after BLOCK, or NULL after the last. */
struct block *
block_next (struct block *block)
{
  return list_elem_to_block (list_next (&block->list_elem));
}

/* Returns the device that contains list element E, or NULL if E is the
   end of `all_blocks'. */
static struct block *
list_elem_to_block (struct list_elem *e)
{
  if (e == list_end (&all_blocks))
    return NULL;
  return list_entry (e, struct block, list_elem);
}

/* Panics unless SECTOR lies within BLOCK.  A sector past the end is
   always a kernel bug, and letting it reach the driver could corrupt
   a neighbouring partition. */
static void
check_sector (struct block *block, block_sector_t sector)
{
  if (sector >= block->size)
    PANIC ("Access past end of device %s (sector=%"PRDSNu", "
           "size=%"PRDSNu")\n", block->name, sector, block->size);
}

/* Adds one to *COUNTER without racing other threads doing the same. */
static void
count (unsigned long long *counter)
{
  enum intr_level old_level = intr_disable ();
  (*counter)++;
  intr_set_level (old_level);
}

/* Reads sector SECTOR of BLOCK into BUFFER, which must hold
   BLOCK_SECTOR_SIZE bytes.  May sleep, so the caller must be a thread
   with interrupts on. */
void
block_read (struct block *block, block_sector_t sector, void *buffer)
{
  check_sector (block, sector);
  block->ops->read (block->aux, sector, buffer);
  count (&block->read_cnt);
}

/* Writes the BLOCK_SECTOR_SIZE bytes at BUFFER to sector SECTOR of
   BLOCK.  May sleep, so the caller must be a thread with interrupts
   on.  Returns once the driver has accepted the data; it may not be
   on the medium yet. */
void
block_write (struct block *block, block_sector_t sector, const void *buffer)
{
  check_sector (block, sector);
  ASSERT (block->type != BLOCK_FOREIGN);
  block->ops->write (block->aux, sector, buffer);
  count (&block->write_cnt);
}

/* The three facts a device carries for its whole life, fixed when it
   is registered: its size in sectors, its name ("hda", "hdb1") and
   its type. */
block_sector_t
block_size (struct block *block)
{
  return block->size;
}

/* See block_size(). */
const char *
block_name (struct block *block)
{
  return block->name;
}

/* See block_size(). */
enum block_type
block_type (struct block *block)
{
  return block->type;
}

/* Prints BLOCK's statistics line, "hda2 (filesys): 12 reads, 34
   writes": the counts are of sectors, so they measure traffic, not
   requests. */
static void
print_transfer_counts (const struct block *block)
{
  printf ("%s (%s): %llu reads, %llu writes\n",
          block->name, block_type_name (block->type),
          block->read_cnt, block->write_cnt);
}

/* Prints the statistics of each device that has a role, in role
   order.  Only those are listed because they are what the kernel
   uses; a partition's transfers also pass through its disk's
   counters, so listing every device would count them twice. */
void
block_print_stats (void)
{
  enum block_type role;

  for (role = 0; role < BLOCK_ROLE_CNT; role++)
    if (by_role[role] != NULL)
      print_transfer_counts (by_role[role]);
}

/* Prints the line that tells the user a device was found, e.g.
   "hda1: 4,032 sectors (1 MB), Pintos file system (21)". */
static void
announce (const struct block *block, const char *extra_info)
{
  uint64_t bytes = (uint64_t) block->size * BLOCK_SECTOR_SIZE;

  printf ("%s: %'"PRDSNu" sectors (", block->name, block->size);
  print_human_readable_size (bytes);
  if (extra_info == NULL)
    printf (")\n");
  else
    printf ("), %s\n", extra_info);
}

/* Registers a device of TYPE called NAME, SIZE sectors long, whose
   transfers go to OPS with AUX, and announces it with EXTRA_INFO
   (which may be NULL) appended.  Returns the device.  Runs during
   boot, when running out of memory leaves nothing to fall back on,
   so it panics in that case. */
struct block *
block_register (const char *name, enum block_type type,
                const char *extra_info, block_sector_t size,
                const struct block_operations *ops, void *aux)
{
  struct block *block;

  ASSERT (type < BLOCK_CNT);
  ASSERT (ops != NULL);

  /* Zeroed memory starts both transfer counters at 0. */
  block = calloc (1, sizeof *block);
  if (block == NULL)
    PANIC ("no memory to register block device %s", name);
  strlcpy (block->name, name, sizeof block->name);
  block->type = type;
  block->size = size;
  block->ops = ops;
  block->aux = aux;

  list_push_back (&all_blocks, &block->list_elem);
  announce (block, extra_info);
  return block;
}
