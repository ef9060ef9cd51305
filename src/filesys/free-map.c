/* The free map.

   One bit per sector of the file-system device, set when the sector
   is in use.  The bitmap lives in memory and is saved in an ordinary
   file whose inode sits at FREE_MAP_SECTOR, so the file system keeps
   its own allocation state.  Every change is written to that file at
   once -- into the buffer cache, which takes it to disk by
   cache_flush() at the latest -- so the file always matches memory
   once it is open; before it is open, during formatting, changes stay
   in memory until free_map_create() saves the whole map.  The file's
   sectors are all allocated when it is created, so saving the map
   never needs to allocate.

   Invariant: the bits for FREE_MAP_SECTOR and ROOT_DIR_SECTOR are
   always set, and a set bit belongs to exactly one inode or inode's
   data.

   Locking: map_lock guards the bitmap and its saving, so a create may
   take sectors while a close elsewhere gives others back.  It comes
   after directory locks and every inode's lock but the free-map
   file's own, which comes after it, followed by the cache's lock (see
   inode.c). */

#include "filesys/free-map.h"
#include <bitmap.h>
#include <debug.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "threads/synch.h"

/* The map itself, and the file that stores it (NULL until opened). */
static struct bitmap *free_map;
static struct file *free_map_file;
static struct lock map_lock;

/* Where the next search for free sectors starts: just past the last
   run handed out.  Guarded by map_lock. */
static size_t next_fit;

/* Sectors that hold the file system's own bookkeeping on every
   device.  They are taken from the moment the map exists, before any
   file does, so no allocation can ever hand them out. */
static const block_sector_t reserved_sectors[] =
  {
    FREE_MAP_SECTOR,
    ROOT_DIR_SECTOR,
  };

/* Creates the in-memory map, one bit for each sector of fs_device,
   with only the reserved sectors taken.  Call once, before anything
   else here. */
void
free_map_init (void)
{
  block_sector_t sector_cnt = block_size (fs_device);
  size_t i;

  lock_init (&map_lock);
  free_map = bitmap_create (sector_cnt);
  if (free_map == NULL)
    PANIC ("no memory for a free map of %"PRDSNu" sectors", sector_cnt);
  for (i = 0; i < sizeof reserved_sectors / sizeof *reserved_sectors; i++)
    bitmap_mark (free_map, reserved_sectors[i]);
}

/* Saves the whole map to its file, if the file is open.  Returns
   false only if the file is open and the write came up short. */
static bool
save_map (void)
{
  return free_map_file == NULL || bitmap_write (free_map, free_map_file);
}

/* Finds CNT consecutive free sectors, marks them used and stores the
   first in *SECTORP.  Returns false, changing nothing, if there is no
   such run or the map cannot be saved. */
bool
free_map_allocate (size_t cnt, block_sector_t *sectorp)
{
  size_t sector;
  bool saved = false;

  lock_acquire (&map_lock);
  /* Next fit: files grow a sector at a time, so always scanning from
     sector 0 would walk every used bit again for each new sector,
     which made writing a large file quadratic. */
  sector = bitmap_scan_and_flip (free_map, next_fit, cnt, false);
  if (sector == BITMAP_ERROR && next_fit > 0)
    sector = bitmap_scan_and_flip (free_map, 0, cnt, false);
  if (sector != BITMAP_ERROR)
    {
      next_fit = sector + cnt;
      saved = save_map ();
      if (!saved)
        bitmap_set_multiple (free_map, sector, cnt, false);
    }
  lock_release (&map_lock);
  if (saved)
    *sectorp = sector;
  return saved;
}

/* Marks the CNT sectors starting at SECTOR free again.  Sectors
   outside the device are ignored. */
void
free_map_release (block_sector_t sector, size_t cnt)
{
  bool saved;

  lock_acquire (&map_lock);
  /* A corrupted disk may name a sector twice; freeing it twice must
     not bring the kernel down. */
  if (sector < bitmap_size (free_map)
      && cnt <= bitmap_size (free_map) - sector)
    bitmap_set_multiple (free_map, sector, cnt, false);
  saved = save_map ();
  lock_release (&map_lock);
  if (!saved)
    PANIC ("can't write free map");
}

/* Replaces the in-memory map with the copy in the free-map file,
   which must be open. */
void
free_map_read (void)
{
  ASSERT (free_map_file != NULL);
  if (!bitmap_read (free_map, free_map_file))
    PANIC ("can't read free map");
}

/* Opens the free-map file, from now on the map's home on disk. */
static void
open_map_file (void)
{
  free_map_file = file_open (inode_open (FREE_MAP_SECTOR));
  if (free_map_file == NULL)
    PANIC ("can't open free map (was the file system formatted?)");
}

/* Opens the free-map file of an existing file system and loads the
   map from it. */
void
free_map_open (void)
{
  open_map_file ();
  free_map_read ();
}

/* Closes the free-map file.  The map on disk is already current, so
   nothing is lost. */
void
free_map_close (void)
{
  file_close (free_map_file);
  free_map_file = NULL;
}

/* Creates the free-map file while formatting, and saves the map to
   it.  Leaves the file open. */
void
free_map_create (void)
{
  if (!inode_create (FREE_MAP_SECTOR, bitmap_file_size (free_map)))
    PANIC ("free map creation failed");

  open_map_file ();
  if (!save_map ())
    PANIC ("can't write free map");
}
