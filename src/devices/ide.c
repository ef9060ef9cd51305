/* Driver for ATA disks on the two legacy IDE channels, in PIO mode.

   Each channel (ide0 at 0x1f0 with IRQ14, ide1 at 0x170 with IRQ15)
   carries up to two devices, master and slave, giving the disks
   "hda" (ide0 master), "hdb" (ide0 slave), "hdc" and "hdd".
   ide_init() finds the ATA disks among them (CD-ROM drives and empty
   slots are skipped), registers each as a BLOCK_RAW device and scans
   it for partitions.

   A transfer is one sector, addressed by 28-bit LBA.  For a read the
   driver issues the command, sleeps until the channel interrupts, then
   copies the sector in; for a write it issues the command, copies the
   sector out once the disk asks for it, and sleeps until the interrupt
   says the disk has taken it.  Probing at boot is done by polling.

   Locking: the two devices of a channel share its registers, so each
   channel has a lock, held for the whole of a transfer.  The channel's
   semaphore carries the completion interrupt to the waiting thread;
   `expecting_interrupt' tells the handler whether anyone waits, and is
   set before the command is issued so that an interrupt that arrives
   before the thread sleeps is not lost.  The handler reads the status
   register, which is how an IDE device's interrupt is acknowledged. */

#include "devices/ide.h"
#include <debug.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "devices/block.h"
#include "devices/partition.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/synch.h"

/* Command block registers, as offsets from a channel's base port. */
#define REG_DATA 0              /* Data, 16 bits at a time. */
#define REG_ERROR 1             /* Error (read). */
#define REG_NSECT 2             /* Sector count. */
#define REG_LBA_LOW 3           /* LBA bits 0-7. */
#define REG_LBA_MID 4           /* LBA bits 8-15. */
#define REG_LBA_HIGH 5          /* LBA bits 16-23. */
#define REG_DEVICE 6            /* Device select and LBA bits 24-27. */
#define REG_STATUS 7            /* Status (read; acknowledges interrupt). */
#define REG_COMMAND 7           /* Command (write). */

/* Control block register, at this offset from the base port: the
   alternate status (read, no side effects) and device control (write). */
#define REG_CONTROL 0x206

/* Status bits. */
#define STA_BSY 0x80            /* Busy: no other bit is meaningful. */
#define STA_DRQ 0x08            /* The device wants to transfer data. */
#define STA_ERR 0x01            /* The last command failed. */

/* Device control bits. */
#define CTL_SRST 0x04           /* Software reset of both devices. */

/* Device register bits. */
#define DEV_OBSOLETE 0xa0       /* Always set, for old devices. */
#define DEV_LBA 0x40            /* Addresses are LBA, not CHS. */
#define DEV_SLAVE 0x10          /* Select the slave. */

/* Commands. */
#define CMD_READ_SECTORS 0x20
#define CMD_WRITE_SECTORS 0x30
#define CMD_IDENTIFY_DEVICE 0xec

/* Words of the IDENTIFY DEVICE response. */
#define ID_CONFIG 0             /* Bit 15 clear for an ATA device. */
#define ID_SERIAL 10            /* Serial number, 10 words. */
#define ID_MODEL 27             /* Model name, 20 words. */
#define ID_CAPABILITIES 49      /* Bit 9 set if LBA is supported. */
#define ID_LBA28_SECTORS 60     /* Sector count, 2 words, low first. */

/* How long to wait for a device to stop being busy. */
#define BUSY_TIMEOUT_MS 5000

/* Disks larger than this are left alone: on real hardware they are
   more likely to be the host's own disk than a Pintos disk. */
#define MAX_DISK_BYTES (1024ul * 1024 * 1024)

/* One device position on a channel. */
struct ata_disk
  {
    char name[8];               /* "hda" to "hdd". */
    struct channel *channel;    /* The channel it hangs off. */
    int dev_no;                 /* 0 for master, 1 for slave. */
  };

/* An IDE channel and its two device positions. */
struct channel
  {
    char name[8];               /* "ide0" or "ide1". */
    uint16_t base;              /* Base I/O port. */
    uint8_t irq;                /* IRQ line, 14 or 15. */

    struct lock lock;           /* Held for a whole transfer. */
    bool expecting_interrupt;   /* A thread waits on `completion'. */
    struct semaphore completion;/* Upped by the interrupt handler. */
    uint8_t last_status;        /* Status read by the interrupt handler. */

    struct ata_disk devices[2]; /* Master and slave. */
  };

#define CHANNEL_CNT 2
static struct channel channels[CHANNEL_CNT];

/* Sector-sized buffer for IDENTIFY responses, used by ide_init() only. */
static uint16_t identify_buf[BLOCK_SECTOR_SIZE / 2];

static const struct block_operations ide_operations;
static intr_handler_func ide_interrupt;
static void init_channel (struct channel *, int index);
static void reset_channel (struct channel *, const bool present[2]);
static bool is_present (struct ata_disk *);
static bool has_ata_signature (struct ata_disk *);
static void identify_and_register (struct ata_disk *);
static void select_device (struct ata_disk *, uint8_t lba_top);
static void select_sector (struct ata_disk *, block_sector_t);
static void issue_command (struct channel *, uint8_t command,
                           bool expect_interrupt);
static uint8_t wait_not_busy (struct channel *);
static bool wait_for_data (struct channel *);

/* Returns the port of register REG (a REG_* offset) on channel C. */
static uint16_t
port (const struct channel *c, uint16_t reg)
{
  return c->base + reg;
}

/* Finds, registers and partition-scans every ATA disk.  Call once
   during boot, from a thread with interrupts on, after the timer has
   been calibrated. */
void
ide_init (void)
{
  int i;

  for (i = 0; i < CHANNEL_CNT; i++)
    {
      struct channel *c = &channels[i];
      bool present[2], is_ata[2];
      int dev;

      init_channel (c, i);
      for (dev = 0; dev < 2; dev++)
        present[dev] = is_present (&c->devices[dev]);
      if (!present[0] && !present[1])
        continue;

      reset_channel (c, present);
      for (dev = 0; dev < 2; dev++)
        is_ata[dev] = present[dev] && has_ata_signature (&c->devices[dev]);
      for (dev = 0; dev < 2; dev++)
        if (is_ata[dev])
          identify_and_register (&c->devices[dev]);
    }
}

/* Sets up channel number INDEX in C and registers its interrupt. */
static void
init_channel (struct channel *c, int index)
{
  int dev;

  snprintf (c->name, sizeof c->name, "ide%d", index);
  c->base = index == 0 ? 0x1f0 : 0x170;
  c->irq = index == 0 ? 14 : 15;
  lock_init (&c->lock);
  c->expecting_interrupt = false;
  sema_init (&c->completion, 0);

  for (dev = 0; dev < 2; dev++)
    {
      struct ata_disk *d = &c->devices[dev];
      snprintf (d->name, sizeof d->name, "hd%c", 'a' + index * 2 + dev);
      d->channel = c;
      d->dev_no = dev;
    }

  intr_register_ext (0x20 + c->irq, ide_interrupt, c->name);
}

/* Returns true if a device answers at D's position: its registers
   keep what is written to them, where an empty position reads back
   zeros or a floating bus. */
static bool
is_present (struct ata_disk *d)
{
  struct channel *c = d->channel;

  select_device (d, 0);
  outb (port (c, REG_NSECT), 0x55);
  outb (port (c, REG_LBA_LOW), 0xaa);
  outb (port (c, REG_NSECT), 0xaa);
  outb (port (c, REG_LBA_LOW), 0x55);
  outb (port (c, REG_NSECT), 0x55);
  outb (port (c, REG_LBA_LOW), 0xaa);
  return (inb (port (c, REG_NSECT)) == 0x55
          && inb (port (c, REG_LBA_LOW)) == 0xaa);
}

/* Resets both devices on channel C, which puts each device's type
   signature into its registers, and waits for the PRESENT ones to
   finish. */
static void
reset_channel (struct channel *c, const bool present[2])
{
  int dev;

  outb (port (c, REG_CONTROL), 0);
  timer_usleep (10);
  outb (port (c, REG_CONTROL), CTL_SRST);
  timer_usleep (10);
  outb (port (c, REG_CONTROL), 0);
  timer_msleep (150);

  for (dev = 0; dev < 2; dev++)
    if (present[dev])
      {
        select_device (&c->devices[dev], 0);
        if (wait_not_busy (c) & STA_BSY)
          printf ("%s: still busy after reset\n", c->devices[dev].name);
      }
}

/* Returns true if, after a reset, D carries the signature of an ATA
   disk rather than, say, an ATAPI CD-ROM drive. */
static bool
has_ata_signature (struct ata_disk *d)
{
  struct channel *c = d->channel;

  select_device (d, 0);
  return (inb (port (c, REG_NSECT)) == 1
          && inb (port (c, REG_LBA_LOW)) == 1
          && inb (port (c, REG_LBA_MID)) == 0
          && inb (port (c, REG_LBA_HIGH)) == 0);
}

/* Copies the string of WORDS words starting at word FIRST of the
   IDENTIFY response into DST (2 * WORDS + 1 bytes), undoing the
   byte swap ATA strings come in and dropping trailing spaces. */
static void
identify_string (char *dst, int first, int words)
{
  int i, len = 0;

  for (i = 0; i < words; i++)
    {
      dst[2 * i] = identify_buf[first + i] >> 8;
      dst[2 * i + 1] = identify_buf[first + i] & 0xff;
    }
  for (i = 0; i < 2 * words; i++)
    if (dst[i] != ' ')
      len = i + 1;
  dst[len] = '\0';
}

/* Asks ATA disk D to describe itself and, if it is a usable LBA disk,
   registers it and scans its partitions. */
static void
identify_and_register (struct ata_disk *d)
{
  struct channel *c = d->channel;
  char model[41], serial[21], info[128];
  block_sector_t size;
  struct block *block;

  select_device (d, 0);
  issue_command (c, CMD_IDENTIFY_DEVICE, false);
  if (!wait_for_data (c))
    {
      printf ("%s: IDENTIFY DEVICE failed, ignoring disk\n", d->name);
      return;
    }
  insw (port (c, REG_DATA), identify_buf, BLOCK_SECTOR_SIZE / 2);
  inb (port (c, REG_STATUS));   /* Clear the interrupt IDENTIFY raised. */

  if ((identify_buf[ID_CONFIG] & 0x8000) != 0
      || (identify_buf[ID_CAPABILITIES] & 0x0200) == 0)
    {
      printf ("%s: not an LBA-capable ATA disk, ignoring it\n", d->name);
      return;
    }
  size = identify_buf[ID_LBA28_SECTORS]
         | (block_sector_t) identify_buf[ID_LBA28_SECTORS + 1] << 16;
  if ((uint64_t) size * BLOCK_SECTOR_SIZE > MAX_DISK_BYTES)
    {
      printf ("%s: ignoring disk of %'"PRDSNu" sectors, "
              "too big to be a Pintos disk\n", d->name, size);
      return;
    }

  identify_string (model, ID_MODEL, 20);
  identify_string (serial, ID_SERIAL, 10);
  snprintf (info, sizeof info, "model \"%s\", serial \"%s\"", model, serial);

  block = block_register (d->name, BLOCK_RAW, info, size,
                          &ide_operations, d);
  partition_scan (block);
}

/* Reads sector SECTOR of disk D_ into BUFFER. */
static void
ide_read (void *d_, block_sector_t sector, void *buffer)
{
  struct ata_disk *d = d_;
  struct channel *c = d->channel;

  lock_acquire (&c->lock);
  select_sector (d, sector);
  issue_command (c, CMD_READ_SECTORS, true);
  sema_down (&c->completion);
  if (!wait_for_data (c))
    PANIC ("%s: disk read failed, sector=%"PRDSNu, d->name, sector);
  insw (port (c, REG_DATA), buffer, BLOCK_SECTOR_SIZE / 2);
  lock_release (&c->lock);
}

/* Writes BUFFER to sector SECTOR of disk D_, returning once the disk
   has accepted the data. */
static void
ide_write (void *d_, block_sector_t sector, const void *buffer)
{
  struct ata_disk *d = d_;
  struct channel *c = d->channel;

  lock_acquire (&c->lock);
  select_sector (d, sector);
  issue_command (c, CMD_WRITE_SECTORS, true);
  if (!wait_for_data (c))
    PANIC ("%s: disk write failed, sector=%"PRDSNu, d->name, sector);
  outsw (port (c, REG_DATA), buffer, BLOCK_SECTOR_SIZE / 2);
  sema_down (&c->completion);
  if (c->last_status & STA_ERR)
    PANIC ("%s: disk write failed, sector=%"PRDSNu, d->name, sector);
  lock_release (&c->lock);
}

static const struct block_operations ide_operations =
  {
    ide_read,
    ide_write
  };

/* Makes D the selected device on its channel, with LBA_TOP as bits
   24-27 of the address, and gives it the 400 ns the standard allows
   before its status is valid. */
static void
select_device (struct ata_disk *d, uint8_t lba_top)
{
  struct channel *c = d->channel;
  uint8_t dev = DEV_OBSOLETE | DEV_LBA | (lba_top & 0x0f);

  if (d->dev_no == 1)
    dev |= DEV_SLAVE;
  outb (port (c, REG_DEVICE), dev);
  inb (port (c, REG_CONTROL));
  timer_ndelay (400);
}

/* Selects D and loads the address registers for a one-sector transfer
   at SECTOR.  The channel's lock must be held. */
static void
select_sector (struct ata_disk *d, block_sector_t sector)
{
  struct channel *c = d->channel;

  ASSERT (sector < (1u << 28));
  ASSERT (lock_held_by_current_thread (&c->lock));

  wait_not_busy (c);
  select_device (d, sector >> 24);
  wait_not_busy (c);
  outb (port (c, REG_NSECT), 1);
  outb (port (c, REG_LBA_LOW), sector);
  outb (port (c, REG_LBA_MID), sector >> 8);
  outb (port (c, REG_LBA_HIGH), sector >> 16);
}

/* Writes COMMAND to channel C.  If EXPECT_INTERRUPT, the command's
   completion interrupt will up C's semaphore. */
static void
issue_command (struct channel *c, uint8_t command, bool expect_interrupt)
{
  enum intr_level old_level = intr_disable ();
  c->expecting_interrupt = expect_interrupt;
  outb (port (c, REG_COMMAND), command);
  intr_set_level (old_level);
}

/* Waits up to BUSY_TIMEOUT_MS for the selected device of C to clear its
   busy bit, and returns its status then (with STA_BSY still set on a
   timeout).  Reads the alternate status, which leaves any pending
   interrupt alone.  Busy-waits, so it is usable with interrupts off. */
static uint8_t
wait_not_busy (struct channel *c)
{
  long step;

  for (step = 0; step < BUSY_TIMEOUT_MS * 100L; step++)
    {
      uint8_t status = inb (port (c, REG_CONTROL));
      if ((status & STA_BSY) == 0)
        return status;
      timer_udelay (10);
    }
  return STA_BSY;
}

/* Waits for the selected device of C to finish being busy and returns
   true if it then wants to transfer data without reporting an error. */
static bool
wait_for_data (struct channel *c)
{
  return (wait_not_busy (c) & (STA_BSY | STA_DRQ | STA_ERR)) == STA_DRQ;
}

/* IRQ14/IRQ15: acknowledges the interrupt and, if a thread is waiting
   for it, wakes that thread.  An interrupt nobody waits for (e.g. the
   one IDENTIFY raises) is acknowledged and otherwise ignored. */
static void
ide_interrupt (struct intr_frame *f)
{
  int i;

  for (i = 0; i < CHANNEL_CNT; i++)
    {
      struct channel *c = &channels[i];
      if (f->vec_no != 0x20u + c->irq)
        continue;

      c->last_status = inb (port (c, REG_STATUS));
      if (c->expecting_interrupt)
        {
          c->expecting_interrupt = false;
          sema_up (&c->completion);
        }
      return;
    }
  NOT_REACHED ();
}
