/* Inodes.

   An inode takes exactly one sector of the file-system device and
   describes a file whose bytes lie in one contiguous run of sectors,
   taken from the free map when the file is created and zeroed then.
   A file's length is fixed at creation: reads stop at end of file and
   writes that reach it come back short, so nothing here ever
   allocates after inode_create().

   Each inode that is open has exactly one struct inode in memory, kept
   on the list of open inodes, so that every opener sees the same
   removal flag and the same count of write denials.  An inode that
   has been removed keeps working for those who have it open; its
   sectors go back to the free map when the last of them closes it.

   Locking: open_inodes_lock guards the list of open inodes and every
   inode's open_cnt and removed flag, so that opening, removing and
   closing are safe from any thread.  Under it we may call malloc()
   and read the disk, whose locks therefore come after it; nothing
   that holds those takes it.  Each inode's own lock guards its deny
   count and serializes writes to its data, which may rewrite part of
   a sector and so must not interleave; reads need no lock, since the
   disk moves whole sectors at once and a file's sectors never move.
   An inode's lock is the last file-system lock in the order (see
   filesys.c). */

#include "filesys/inode.h"
#include <debug.h>
#include <list.h>
#include <string.h>
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "threads/malloc.h"
#include "threads/synch.h"

/* Marks a sector as an inode, to catch a stray sector number. */
#define INODE_MAGIC 0x494e4f44

/* An inode as stored on disk: one whole sector. */
struct inode_disk
  {
    block_sector_t start;       /* First data sector (0 if no data). */
    off_t length;               /* File size in bytes. */
    uint32_t magic;             /* INODE_MAGIC. */
    uint32_t unused[125];       /* Fills out the sector. */
  };

_Static_assert (sizeof (struct inode_disk) == BLOCK_SECTOR_SIZE,
                "an on-disk inode must fill exactly one sector");

/* An open inode. */
struct inode
  {
    struct list_elem elem;      /* Element of open_inodes. */
    block_sector_t sector;      /* Sector holding the on-disk inode. */
    int open_cnt;               /* Openers; under open_inodes_lock. */
    bool removed;               /* Free the sectors at last close? */
    int deny_write_cnt;         /* Writes refused while positive. */
    struct lock lock;           /* Guards writes and DENY_WRITE_CNT. */
    struct inode_disk data;     /* Copy of the on-disk inode. */
  };

/* Every open inode, each once, and the lock that guards the list. */
static struct list open_inodes;
static struct lock open_inodes_lock;

/* Returns the number of sectors that hold LENGTH bytes, which may be
   as large as an off_t goes. */
static size_t
bytes_to_sectors (off_t length)
{
  return length / BLOCK_SECTOR_SIZE + (length % BLOCK_SECTOR_SIZE != 0);
}

/* Prepares the inode module.  Call before any other inode function. */
void
inode_init (void)
{
  list_init (&open_inodes);
  lock_init (&open_inodes_lock);
}

/* Takes CNT contiguous sectors from the free map, zeroes them and
   stores the first in *START.  A file with no data gets sector 0,
   which is never read.  Returns false if the disk has no run of CNT
   free sectors. */
static bool
allocate_data (size_t cnt, block_sector_t *start)
{
  static const uint8_t zeros[BLOCK_SECTOR_SIZE];
  size_t i;

  *start = 0;
  if (cnt == 0)
    return true;
  if (!free_map_allocate (cnt, start))
    return false;
  for (i = 0; i < cnt; i++)
    block_write (fs_device, *start + i, zeros);
  return true;
}

/* Writes to SECTOR a new inode for a file of LENGTH zero bytes,
   allocating its data sectors.  SECTOR itself must already be
   allocated by the caller.  Returns true if successful, false if
   LENGTH is negative or memory or disk space ran out. */
bool
inode_create (block_sector_t sector, off_t length)
{
  struct inode_disk *disk;
  bool success;

  if (length < 0)
    return false;
  disk = calloc (1, sizeof *disk);
  if (disk == NULL)
    return false;
  disk->length = length;
  disk->magic = INODE_MAGIC;
  success = allocate_data (bytes_to_sectors (length), &disk->start);
  if (success)
    block_write (fs_device, sector, disk);
  free (disk);
  return success;
}

/* Returns the open inode for SECTOR, or NULL if it is not open.
   The caller must hold open_inodes_lock. */
static struct inode *
find_open_inode (block_sector_t sector)
{
  struct list_elem *e;

  for (e = list_begin (&open_inodes); e != list_end (&open_inodes);
       e = list_next (e))
    {
      struct inode *inode = list_entry (e, struct inode, elem);
      if (inode->sector == sector)
        return inode;
    }
  return NULL;
}

/* Reads the inode at SECTOR into a new struct inode, opened once, and
   puts it on the open list.  Returns NULL if memory is short or SECTOR
   does not hold an inode (say, on a device never formatted).  The
   caller must hold open_inodes_lock. */
static struct inode *
load_inode (block_sector_t sector)
{
  struct inode *inode = malloc (sizeof *inode);

  if (inode == NULL)
    return NULL;
  inode->sector = sector;
  inode->open_cnt = 1;
  inode->removed = false;
  inode->deny_write_cnt = 0;
  lock_init (&inode->lock);
  block_read (fs_device, sector, &inode->data);
  if (inode->data.magic != INODE_MAGIC)
    {
      free (inode);
      return NULL;
    }
  list_push_front (&open_inodes, &inode->elem);
  return inode;
}

/* Opens the inode stored at SECTOR and returns it, sharing the
   in-memory inode if it is already open.  Returns NULL if memory is
   short or there is no inode at SECTOR.  Each successful call must be
   matched by inode_close(). */
struct inode *
inode_open (block_sector_t sector)
{
  struct inode *inode;

  lock_acquire (&open_inodes_lock);
  inode = find_open_inode (sector);
  if (inode != NULL)
    inode->open_cnt++;
  else
    inode = load_inode (sector);
  lock_release (&open_inodes_lock);
  return inode;
}

/* Opens INODE once more and returns it.  A null INODE gives NULL. */
struct inode *
inode_reopen (struct inode *inode)
{
  if (inode != NULL)
    {
      lock_acquire (&open_inodes_lock);
      inode->open_cnt++;
      lock_release (&open_inodes_lock);
    }
  return inode;
}

/* Returns the sector that holds INODE, which serves as its number. */
block_sector_t
inode_get_inumber (const struct inode *inode)
{
  return inode->sector;
}

/* Gives back to the free map the inode sector SECTOR and the data
   sectors that DISK, its contents, describes. */
static void
release_sectors (block_sector_t sector, const struct inode_disk *disk)
{
  size_t data_cnt = bytes_to_sectors (disk->length);

  free_map_release (sector, 1);
  if (data_cnt > 0)
    free_map_release (disk->start, data_cnt);
}

/* Closes INODE.  The last close frees the in-memory inode, and if the
   inode was removed, its sectors too.  A null INODE is ignored. */
void
inode_close (struct inode *inode)
{
  bool last, removed;

  if (inode == NULL)
    return;

  lock_acquire (&open_inodes_lock);
  ASSERT (inode->open_cnt > 0);
  last = --inode->open_cnt == 0;
  if (last)
    list_remove (&inode->elem);
  removed = inode->removed;
  lock_release (&open_inodes_lock);

  if (!last)
    return;
  if (removed)
    release_sectors (inode->sector, &inode->data);
  free (inode);
}

/* Deletes the inode at SECTOR, which nobody has open, with its data:
   for a file that was created but could not be given a name.  Needs
   no memory, so it cannot fail the way opening and removing could. */
void
inode_delete (block_sector_t sector)
{
  struct inode_disk disk;

  block_read (fs_device, sector, &disk);
  release_sectors (sector, &disk);
}

/* Marks INODE to be deleted when its last opener closes it. */
void
inode_remove (struct inode *inode)
{
  ASSERT (inode != NULL);
  lock_acquire (&open_inodes_lock);
  inode->removed = true;
  lock_release (&open_inodes_lock);
}

/* Returns how many of the SIZE bytes wanted at OFFSET in INODE can be
   moved in one step: up to the end of OFFSET's sector, and never past
   end of file.  Zero or less means nothing is left to move. */
static off_t
chunk_size (const struct inode *inode, off_t offset, off_t size)
{
  off_t to_eof = inode->data.length - offset;
  off_t to_sector_end = BLOCK_SECTOR_SIZE - offset % BLOCK_SECTOR_SIZE;
  off_t chunk = size < to_eof ? size : to_eof;

  return chunk < to_sector_end ? chunk : to_sector_end;
}

/* Copies CNT bytes between BUFFER and data sector SECTOR, starting
   SECTOR_OFS bytes into the sector: into the sector if WRITE, out of
   it otherwise.  A partial sector goes through a bounce buffer, so
   that the rest of the sector is preserved.  The buffer is on the
   stack rather than from malloc(), so that moving data never fails
   for lack of memory: saving the free map, for one, must not fail
   just because a user program has exhausted the kernel's pool. */
static void
move_chunk (block_sector_t sector, int sector_ofs, uint8_t *buffer,
            int cnt, bool write)
{
  uint8_t bounce[BLOCK_SECTOR_SIZE];

  if (cnt == BLOCK_SECTOR_SIZE)
    {
      if (write)
        block_write (fs_device, sector, buffer);
      else
        block_read (fs_device, sector, buffer);
      return;
    }

  block_read (fs_device, sector, bounce);
  if (write)
    {
      memcpy (bounce + sector_ofs, buffer, cnt);
      block_write (fs_device, sector, bounce);
    }
  else
    memcpy (buffer, bounce + sector_ofs, cnt);
}

/* Moves up to SIZE bytes between BUFFER and INODE's data starting at
   byte OFFSET, in the direction WRITE says, stopping at end of file.
   Returns the number of bytes moved. */
static off_t
transfer (struct inode *inode, uint8_t *buffer, off_t size, off_t offset,
          bool write)
{
  off_t done = 0;

  if (size <= 0 || offset < 0)
    return 0;

  for (;;)
    {
      off_t pos = offset + done;
      off_t chunk = chunk_size (inode, pos, size - done);
      block_sector_t sector;

      if (chunk <= 0)
        break;
      sector = inode->data.start + pos / BLOCK_SECTOR_SIZE;
      move_chunk (sector, pos % BLOCK_SECTOR_SIZE, buffer + done, chunk,
                  write);
      done += chunk;
    }
  return done;
}

/* Reads up to SIZE bytes from INODE, starting at byte OFFSET, into
   BUFFER.  Returns the number of bytes read, fewer than SIZE if end
   of file comes first. */
off_t
inode_read_at (struct inode *inode, void *buffer, off_t size, off_t offset)
{
  return transfer (inode, buffer, size, offset, false);
}

/* Writes up to SIZE bytes from BUFFER into INODE, starting at byte
   OFFSET.  Returns the number of bytes written: fewer than SIZE if
   end of file comes first, since files do not grow, and 0 while
   writes to INODE are denied. */
off_t
inode_write_at (struct inode *inode, const void *buffer, off_t size,
                off_t offset)
{
  off_t written = 0;

  lock_acquire (&inode->lock);
  /* transfer() only reads from BUFFER when writing. */
  if (inode->deny_write_cnt == 0)
    written = transfer (inode, (uint8_t *) buffer, size, offset, true);
  lock_release (&inode->lock);
  return written;
}

/* Refuses writes to INODE until inode_allow_write() undoes this.
   Each opener may deny writes at most once. */
void
inode_deny_write (struct inode *inode)
{
  lock_acquire (&inode->lock);
  inode->deny_write_cnt++;
  ASSERT (inode->deny_write_cnt <= inode->open_cnt);
  lock_release (&inode->lock);
}

/* Withdraws one earlier inode_deny_write() on INODE.  Each opener that
   denied writes must call this before closing the inode. */
void
inode_allow_write (struct inode *inode)
{
  lock_acquire (&inode->lock);
  ASSERT (inode->deny_write_cnt > 0);
  ASSERT (inode->deny_write_cnt <= inode->open_cnt);
  inode->deny_write_cnt--;
  lock_release (&inode->lock);
}

/* Returns the length of INODE's data, in bytes. */
off_t
inode_length (const struct inode *inode)
{
  return inode->data.length;
}
