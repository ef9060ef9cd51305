/* Driver for ATA disks on the two legacy IDE channels, in PIO mode.

   Each channel (ide0 at 0x1f0 with IRQ14, ide1 at 0x170 with IRQ15)
   carries up to two devices, master and slave, giving the disks
   "hda" (ide0 master), "hdb" (ide0 slave), "hdc" and "hdd".
   ide_init() finds the ATA disks among them (CD-ROM drives and empty
   slots are skipped), registers each as a BLOCK_RAW device and scans
   it for partitions.

   A request is a run of sectors, addressed by 28-bit LBA.  The driver
   cuts it into blocks: one sector each with READ/WRITE SECTORS, or up
   to MAX_BLOCK_SECTORS with READ/WRITE MULTIPLE when the disk accepts
   SET MULTIPLE MODE at boot.  Each block is one command and one
   interrupt.  For a read the driver issues the command, sleeps until
   the channel interrupts, then copies the block in; for a write it
   issues the command, copies the block out once the disk asks for it,
   and sleeps until the interrupt says the disk has taken it.  Fewer
   commands matter because under an emulator each one costs a round
   trip through the host's disk I/O: moving a page of swap as one block
   instead of eight is several times faster.  Probing at boot is done
   by polling.

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
#define CMD_READ_MULTIPLE 0xc4
#define CMD_WRITE_MULTIPLE 0xc5
#define CMD_SET_MULTIPLE_MODE 0xc6
#define CMD_IDENTIFY_DEVICE 0xec

/* The most sectors per block we ask for: two pages. */
#define MAX_BLOCK_SECTORS 16

/* Words of the IDENTIFY DEVICE response. */
#define ID_CONFIG 0             /* Bit 15 clear for an ATA device. */
#define ID_SERIAL 10            /* Serial number, 10 words. */
#define ID_MODEL 27             /* Model name, 20 words. */
#define ID_MAX_MULTIPLE 47      /* Bits 0-7: most sectors per block. */
#define ID_CAPABILITIES 49      /* Bit 9 set if LBA is supported. */
#define ID_LBA28_SECTORS 60     /* Sector count, 2 words, low first. */

/* How long to wait for a device to stop being busy, and to come out
   of a reset. */
#define BUSY_TIMEOUT_MS 5000
#define RESET_TIMEOUT_MS 5000

/* Disks larger than this are left alone: on real hardware they are
   more likely to be the host's own disk than a Pintos disk. */
#define MAX_DISK_BYTES (1024ul * 1024 * 1024)

/* One device position on a channel. */
struct ata_disk
  {
    char name[8];               /* "hda" to "hdd". */
    struct channel *channel;    /* The channel it hangs off. */
    int dev_no;                 /* 0 for master, 1 for slave. */
    int block_sectors;          /* Sectors per command and interrupt. */
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
static void select_sectors (struct ata_disk *, block_sector_t, size_t);
static void choose_block_size (struct ata_disk *, int max_multiple);
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

/* Returns true once device D has come out of a reset: not busy, and
   showing in its sector count and LBA low registers the 1 and 1 that
   every ATA and ATAPI device leaves there (is_present() wrote other
   values, so stale registers cannot pass).  Polls once a timer tick
   for up to RESET_TIMEOUT_MS.  Waiting for the values, not for a fixed
   time, is what makes this work under qemu, which performs the reset
   later, in its own time, and under host load may show neither the
   busy bit nor the signature for a while.  Sleeping between polls,
   rather than spinning, lets the CPU halt, which is when qemu gets
   round to its pending work. */
static bool
reset_done (struct ata_disk *d)
{
  struct channel *c = d->channel;
  int64_t start = timer_ticks ();

  for (;;)
    {
      select_device (d, 0);
      if ((inb (port (c, REG_CONTROL)) & STA_BSY) == 0
          && inb (port (c, REG_NSECT)) == 1
          && inb (port (c, REG_LBA_LOW)) == 1)
        return true;
      if (timer_elapsed (start) * 1000 / TIMER_FREQ >= RESET_TIMEOUT_MS)
        return false;
      timer_sleep (1);
    }
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

  /* The standard gives a device 2 ms after the reset before its
     registers mean anything. */
  timer_msleep (2);
  for (dev = 0; dev < 2; dev++)
    if (present[dev] && !reset_done (&c->devices[dev]))
      printf ("%s: no answer after reset\n", c->devices[dev].name);
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
  choose_block_size (d, identify_buf[ID_MAX_MULTIPLE] & 0xff);
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

/* Makes D move up to MAX_MULTIPLE sectors (as IDENTIFY reported it),
   at most MAX_BLOCK_SECTORS, per command, if the disk agrees; else
   one.  Polls: it runs at boot, before anyone waits for interrupts. */
static void
choose_block_size (struct ata_disk *d, int max_multiple)
{
  struct channel *c = d->channel;
  int want = MAX_BLOCK_SECTORS;

  d->block_sectors = 1;
  while (want > max_multiple)
    want /= 2;
  if (want < 2)
    return;

  select_device (d, 0);
  outb (port (c, REG_NSECT), want);
  issue_command (c, CMD_SET_MULTIPLE_MODE, false);
  if ((wait_not_busy (c) & (STA_BSY | STA_ERR)) == 0)
    d->block_sectors = want;
  inb (port (c, REG_STATUS));   /* Clear the interrupt it raised. */
}

/* Moves one block of COUNT <= D->block_sectors sectors at SECTOR
   between disk D and BUFFER, reading if WRITE is false.  Panics if the
   disk reports an error: nothing above could recover from it.  The
   channel's lock must be held. */
static void
transfer_block (struct ata_disk *d, block_sector_t sector, size_t count,
                void *buffer, bool write)
{
  struct channel *c = d->channel;
  bool multiple = d->block_sectors > 1;
  size_t words = count * BLOCK_SECTOR_SIZE / 2;
  uint8_t command;

  if (write)
    command = multiple ? CMD_WRITE_MULTIPLE : CMD_WRITE_SECTORS;
  else
    command = multiple ? CMD_READ_MULTIPLE : CMD_READ_SECTORS;

  select_sectors (d, sector, count);
  issue_command (c, command, true);
  if (!write)
    {
      /* The interrupt says the block is ready to be read. */
      sema_down (&c->completion);
      if (!wait_for_data (c))
        goto failed;
      insw (port (c, REG_DATA), buffer, words);
    }
  else
    {
      /* The disk asks for the block, then interrupts once it has it. */
      if (!wait_for_data (c))
        goto failed;
      outsw (port (c, REG_DATA), buffer, words);
      sema_down (&c->completion);
      if (c->last_status & STA_ERR)
        goto failed;
    }
  return;

 failed:
  PANIC ("%s: disk %s failed, sectors %"PRDSNu"+%zu", d->name,
         write ? "write" : "read", sector, count);
}

/* Moves the COUNT sectors starting at SECTOR between disk D_ and
   BUFFER, a block at a time, holding the channel throughout. */
static void
transfer_run (void *d_, block_sector_t sector, size_t count, void *buffer,
              bool write)
{
  struct ata_disk *d = d_;
  uint8_t *bytes = buffer;

  lock_acquire (&d->channel->lock);
  while (count > 0)
    {
      size_t n = count < (size_t) d->block_sectors ? count
                                                   : (size_t) d->block_sectors;
      transfer_block (d, sector, n, bytes, write);
      sector += n;
      count -= n;
      bytes += n * BLOCK_SECTOR_SIZE;
    }
  lock_release (&d->channel->lock);
}

/* Reads COUNT sectors from SECTOR of disk D_ into BUFFER. */
static void
ide_read (void *d_, block_sector_t sector, size_t count, void *buffer)
{
  transfer_run (d_, sector, count, buffer, false);
}

/* Writes BUFFER to COUNT sectors from SECTOR of disk D_, returning once
   the disk has accepted the data.  The buffer is only read: the cast
   lets one routine serve both directions. */
static void
ide_write (void *d_, block_sector_t sector, size_t count, const void *buffer)
{
  transfer_run (d_, sector, count, (void *) buffer, true);
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

/* Selects D and loads the address registers for a transfer of COUNT
   (1 to 255) sectors at SECTOR.  The channel's lock must be held. */
static void
select_sectors (struct ata_disk *d, block_sector_t sector, size_t count)
{
  struct channel *c = d->channel;

  ASSERT (sector < (1u << 28));
  ASSERT (lock_held_by_current_thread (&c->lock));

  wait_not_busy (c);
  select_device (d, sector >> 24);
  wait_not_busy (c);
  ASSERT (count >= 1 && count <= 255);
  outb (port (c, REG_NSECT), count);
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
