/* Partitions of a disk, found through its MBR partition table.

   Sector 0 of a partitioned disk (the Master Boot Record, which on a
   Pintos boot disk is also the boot loader) ends with four 16-byte
   partition entries and the signature 0x55, 0xaa.  An entry of an
   "extended" type describes a region holding a chain of Extended Boot
   Records, each with one logical partition and a link to the next.

   Every partition found becomes a block device of its own, named
   after the disk plus a number: 1-4 for the primary entries by slot,
   5 upwards for logical partitions in chain order.  Its type follows
   the partition type byte: 0x20-0x23 are the Pintos roles (kernel,
   file system, scratch, swap), anything else is BLOCK_FOREIGN.

   A partition's transfers are passed to the disk with its start
   sector added; bounds are checked against the partition by
   devices/block.c, so a partition can never reach past its end.

   Locking: scanning happens during boot only; a registered `struct
   partition' is never changed. */

#include "devices/partition.h"
#include <debug.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "devices/block.h"
#include "threads/malloc.h"

/* One entry of a partition table, as laid out on disk. */
struct partition_entry
  {
    uint8_t bootable;           /* 0x80 if bootable, otherwise 0. */
    uint8_t start_chs[3];       /* Obsolete CHS address of first sector. */
    uint8_t type;               /* Partition type; 0 if the entry is unused. */
    uint8_t end_chs[3];         /* Obsolete CHS address of last sector. */
    uint32_t start;             /* First sector (relative, see above). */
    uint32_t size;              /* Number of sectors. */
  }
__attribute__ ((packed));

/* A sector holding a partition table: an MBR or an EBR. */
struct partition_table
  {
    uint8_t boot_code[446];
    struct partition_entry entries[4];
    uint16_t signature;         /* 0xaa55 if valid. */
  }
__attribute__ ((packed));

#define TABLE_SIGNATURE 0xaa55

/* Caps the length of an EBR chain, so that a corrupt chain that loops
   back on itself cannot hang the boot. */
#define MAX_LOGICAL 64

/* A registered partition: where it lies on its disk. */
struct partition
  {
    struct block *disk;         /* The whole disk. */
    block_sector_t start;       /* First sector on DISK. */
  };

static void scan_extended (struct block *disk, block_sector_t ext_start,
                           struct partition_table *);
static bool read_table (struct block *disk, block_sector_t,
                        struct partition_table *);
static void add_partition (struct block *disk, int number,
                           const struct partition_entry *,
                           block_sector_t start);
static bool is_extended (uint8_t type);
static enum block_type role_of (uint8_t type);
static const char *type_name (uint8_t type);

/* Reads DISK's partition table, if it has one, and registers a block
   device for each partition found, printing a line for each.  Must be
   called from a thread with interrupts on; panics if out of memory. */
void
partition_scan (struct block *disk)
{
  struct partition_table *table = malloc (sizeof *table);
  struct partition_entry primary[4];
  int i;

  if (table == NULL)
    PANIC ("no memory to read a partition table into");
  if (!read_table (disk, 0, table))
    {
      printf ("%s: no partition table\n", block_name (disk));
      free (table);
      return;
    }

  /* Scanning an extended partition reuses TABLE, so keep a copy. */
  memcpy (primary, table->entries, sizeof primary);
  for (i = 0; i < 4; i++)
    {
      const struct partition_entry *e = &primary[i];

      if (e->type == 0 || e->size == 0)
        continue;
      if (is_extended (e->type))
        scan_extended (disk, e->start, table);
      else
        add_partition (disk, i + 1, e, e->start);
    }
  free (table);
}

/* Registers the logical partitions in the EBR chain of the extended
   partition that starts at sector EXT_START of DISK, using TABLE as a
   sector buffer.  In each EBR the first entry is a logical partition
   whose start is relative to that EBR, and the second, if used, links
   to the next EBR with a start relative to EXT_START. */
static void
scan_extended (struct block *disk, block_sector_t ext_start,
               struct partition_table *table)
{
  block_sector_t ebr = ext_start;
  int number;

  for (number = 5; number < 5 + MAX_LOGICAL; number++)
    {
      const struct partition_entry *logical, *link;

      if (!read_table (disk, ebr, table))
        {
          printf ("%s: bad extended partition table in sector %"PRDSNu"\n",
                  block_name (disk), ebr);
          return;
        }
      logical = &table->entries[0];
      link = &table->entries[1];

      if (logical->type != 0 && logical->size != 0)
        add_partition (disk, number, logical, ebr + logical->start);
      if (!is_extended (link->type) || link->start == 0)
        return;
      ebr = ext_start + link->start;
    }
}

/* Reads sector SECTOR of DISK into TABLE.  Returns true if it lies on
   the disk and carries a partition table signature. */
static bool
read_table (struct block *disk, block_sector_t sector,
            struct partition_table *table)
{
  if (sector >= block_size (disk))
    return false;
  block_read (disk, sector, table);
  return table->signature == TABLE_SIGNATURE;
}

/* Forwards a read of COUNT sectors from SECTOR in the partition AUX
   to its disk, where the same run starts START sectors further on. */
static void
partition_read (void *aux, block_sector_t sector, size_t count,
                void *buffer)
{
  struct partition *p = aux;
  block_read_run (p->disk, p->start + sector, count, buffer);
}

/* Forwards a write, as partition_read() does a read. */
static void
partition_write (void *aux, block_sector_t sector, size_t count,
                 const void *buffer)
{
  struct partition *p = aux;
  block_write_run (p->disk, p->start + sector, count, buffer);
}

static const struct block_operations partition_operations =
  {
    partition_read,
    partition_write
  };

/* Registers partition NUMBER of DISK, described by entry E and
   starting at absolute sector START, unless it does not fit on the
   disk, in which case it only complains. */
static void
add_partition (struct block *disk, int number,
               const struct partition_entry *e, block_sector_t start)
{
  block_sector_t disk_size = block_size (disk);
  struct partition *p;
  char name[16];
  char info[64];

  snprintf (name, sizeof name, "%s%d", block_name (disk), number);
  if (start >= disk_size || e->size > disk_size - start)
    {
      printf ("%s: sectors %"PRDSNu"+%"PRIu32" lie past the end of %s\n",
              name, start, e->size, block_name (disk));
      return;
    }

  p = malloc (sizeof *p);
  if (p == NULL)
    PANIC ("no memory to record a partition");
  p->disk = disk;
  p->start = start;

  snprintf (info, sizeof info, "%s (%02x)", type_name (e->type), e->type);
  block_register (name, role_of (e->type), info, e->size,
                  &partition_operations, p);
}

/* Returns true if TYPE marks an extended partition (DOS, Windows LBA
   or Linux flavour). */
static bool
is_extended (uint8_t type)
{
  return type == 0x05 || type == 0x0f || type == 0x85;
}

/* Returns the block type for a partition of TYPE. */
static enum block_type
role_of (uint8_t type)
{
  switch (type)
    {
    case 0x20: return BLOCK_KERNEL;
    case 0x21: return BLOCK_FILESYS;
    case 0x22: return BLOCK_SCRATCH;
    case 0x23: return BLOCK_SWAP;
    default: return BLOCK_FOREIGN;
    }
}

/* Returns a human-readable description of partition TYPE. */
static const char *
type_name (uint8_t type)
{
  switch (type)
    {
    case 0x01: return "FAT12";
    case 0x04: return "FAT16 <32M";
    case 0x05: return "Extended";
    case 0x06: return "FAT16";
    case 0x07: return "HPFS/NTFS/exFAT";
    case 0x0b: return "W95 FAT32";
    case 0x0c: return "W95 FAT32 (LBA)";
    case 0x0e: return "W95 FAT16 (LBA)";
    case 0x0f: return "W95 Ext'd (LBA)";
    case 0x20: return "Pintos OS kernel";
    case 0x21: return "Pintos file system";
    case 0x22: return "Pintos scratch";
    case 0x23: return "Pintos swap";
    case 0x82: return "Linux swap";
    case 0x83: return "Linux";
    case 0x85: return "Linux extended";
    case 0x8e: return "Linux LVM";
    case 0xa5: return "FreeBSD";
    case 0xa6: return "OpenBSD";
    case 0xa9: return "NetBSD";
    case 0xee: return "GPT";
    case 0xef: return "EFI (FAT-12/16/32)";
    default: return "Unknown";
    }
}
