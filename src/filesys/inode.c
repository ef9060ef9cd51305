/* Inodes.

   An inode takes exactly one sector of the file-system device and
   finds a file's data through a tree of sector numbers: DIRECT_CNT
   data sectors named in the inode itself, then PTRS_PER_SECTOR more
   through one indirect block, then PTRS_PER_SECTOR squared through a
   doubly indirect block -- enough for FILE_MAX bytes.  Sector number 0
   (the free map's inode, never data) in the tree means "not
   allocated": such a block of the file reads as zeros.

   Creating a file of some size allocates and zeroes all its sectors
   at once, so create fails on a disk without room for them.  In the
   extended build (FILESYS_EXTENDED) a write past end of file extends
   it; a gap it leaves between the old end
   and the new bytes is a hole: nothing is allocated for it until
   something is written there (lazy allocation).  An index block or
   data sector is zeroed before its number is stored in the tree, and
   the length grows only after the new bytes are in the cache, so a
   reader never sees stale sectors or an extension before its data.

   Each inode that is open has exactly one struct inode in memory, on
   the list of open inodes, so that every opener sees the same removal
   flag, length and count of write denials.  A removed inode keeps
   working for those who have it open; its sectors go back to the free
   map when the last of them closes it.

   Every sector, inode or index or data, is read and written through
   the buffer cache (cache.c).  Numbers read from disk are checked
   against the device's size before use, so a corrupted tree makes a
   read or write stop short instead of crashing.

   Locking: open_inodes_lock guards the list of open inodes and every
   inode's open_cnt and removed flag.  Each inode's `lock' serializes
   writes to it -- growing the tree, changing the length, the deny
   count -- while reads take no lock at all: they use a snapshot of
   the length and follow the tree, whose entries only ever go from 0
   to a zeroed sector while the inode is open.  `dir_lock' is used by
   directory.c only (see there).  Lock order: a directory's dir_lock,
   then open_inodes_lock or an inode's lock, then the free map's lock
   (free-map.c), then the free-map file's inode lock, then cache.c's
   lock.  VM eviction writing a mapped page back enters at an inode's
   lock holding only frame-table locks, which no file-system code
   takes. */

#include "filesys/inode.h"
#include <debug.h>
#include <list.h>
#include <string.h>
#include "filesys/cache.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "threads/malloc.h"
#include "threads/synch.h"

/* Marks a sector as an inode, to catch a stray sector number. */
#define INODE_MAGIC 0x494e4f44

/* Shape of the tree. */
#define DIRECT_CNT 122
#define PTRS_PER_SECTOR (BLOCK_SECTOR_SIZE / sizeof (block_sector_t))
#define TREE_SECTORS (DIRECT_CNT + PTRS_PER_SECTOR \
                      + PTRS_PER_SECTOR * PTRS_PER_SECTOR)

/* Do writes past end of file extend it?  Only in the extended file
   system: the base one of the userprog and vm builds keeps every file
   at the size it was created with (CONTRACT.md section 8). */
#ifdef FILESYS_EXTENDED
#define FILES_GROW true
#else
#define FILES_GROW false
#endif

/* No sector: a hole in the tree.  And what map_block() returns for a
   block it cannot reach. */
#define NO_SECTOR 0
#define BAD_SECTOR ((block_sector_t) -1)

/* An inode as stored on disk: one whole sector. */
struct inode_disk
  {
    block_sector_t direct[DIRECT_CNT];  /* First data sectors. */
    block_sector_t indirect;    /* Index block for the next ones. */
    block_sector_t doubly;      /* Index block of index blocks. */
    block_sector_t parent;      /* Directories: the parent's inode. */
    off_t length;               /* File size in bytes. */
    uint32_t is_dir;            /* 1 for a directory, 0 for a file. */
    uint32_t magic;             /* INODE_MAGIC. */
  };

_Static_assert (sizeof (struct inode_disk) == BLOCK_SECTOR_SIZE,
                "an on-disk inode must fill exactly one sector");
_Static_assert (TREE_SECTORS * BLOCK_SECTOR_SIZE >= FILE_MAX,
                "the tree must reach FILE_MAX bytes");

/* An open inode. */
struct inode
  {
    struct list_elem elem;      /* Element of open_inodes. */
    block_sector_t sector;      /* Sector holding the on-disk inode. */
    int open_cnt;               /* Openers; under open_inodes_lock. */
    bool removed;               /* Free the sectors at last close? */
    int deny_write_cnt;         /* Writes refused while positive. */
    struct lock lock;           /* Serializes writes; see above. */
    struct lock dir_lock;       /* For directory.c. */
    struct inode_disk data;     /* Copy of the on-disk inode. */
  };

/* Every open inode, each once, and the lock that guards the list. */
static struct list open_inodes;
static struct lock open_inodes_lock;

/* Returns the number of sectors that hold LENGTH bytes. */
static size_t
bytes_to_sectors (off_t length)
{
  return length / BLOCK_SECTOR_SIZE + (length % BLOCK_SECTOR_SIZE != 0);
}

/* Returns true if SECTOR, read from disk, may be followed: inside the
   device and not one of the fixed sectors. */
static bool
sector_ok (block_sector_t sector)
{
  return sector > ROOT_DIR_SECTOR && sector < block_size (fs_device);
}

/* Prepares the inode module.  Call before any other inode function. */
void
inode_init (void)
{
  list_init (&open_inodes);
  lock_init (&open_inodes_lock);
}

/* Entry IDX of index block TABLE. */
static block_sector_t
read_entry (block_sector_t table, size_t idx)
{
  block_sector_t entry;

  cache_read (table, &entry, idx * sizeof entry, sizeof entry);
  return entry;
}

/* Sets entry IDX of index block TABLE to ENTRY. */
static void
write_entry (block_sector_t table, size_t idx, block_sector_t entry)
{
  cache_write (table, &entry, idx * sizeof entry, sizeof entry);
}

/* Returns the data sector that holds block INDEX of the file whose
   on-disk inode, stored at INODE_SECTOR, is D.  If that block is a
   hole, returns NO_SECTOR, unless CREATE, in which case it allocates
   the data sector and any index blocks on the way, all zeroed, and
   returns it (or NO_SECTOR if the disk is full: then nothing stays
   allocated).  Returns BAD_SECTOR if INDEX is past the tree
   or the tree holds a bad sector number.  When CREATE, the caller
   must be the only one changing D. */
static block_sector_t
map_block (struct inode_disk *d, block_sector_t inode_sector, size_t index,
           bool create)
{
  block_sector_t *root;         /* The entry in D where the path starts. */
  size_t path[2];               /* Entry to follow in each index level. */
  int depth;                    /* Index levels below ROOT. */
  block_sector_t chain[3];      /* Sectors along the path. */
  block_sector_t fresh[3];
  int level, missing, i;

  if (index < DIRECT_CNT)
    {
      root = &d->direct[index];
      depth = 0;
    }
  else if ((index -= DIRECT_CNT) < PTRS_PER_SECTOR)
    {
      root = &d->indirect;
      path[0] = index;
      depth = 1;
    }
  else if ((index -= PTRS_PER_SECTOR) < PTRS_PER_SECTOR * PTRS_PER_SECTOR)
    {
      root = &d->doubly;
      path[0] = index / PTRS_PER_SECTOR;
      path[1] = index % PTRS_PER_SECTOR;
      depth = 2;
    }
  else
    return BAD_SECTOR;

  /* Follow the path as far as it exists. */
  chain[0] = *root;
  for (level = 0; level <= depth && chain[level] != NO_SECTOR; level++)
    {
      if (!sector_ok (chain[level]))
        return BAD_SECTOR;
      if (level < depth)
        chain[level + 1] = read_entry (chain[level], path[level]);
    }
  if (level > depth)
    return chain[depth];
  if (!create)
    return NO_SECTOR;

  /* Sectors LEVEL..DEPTH of the path are missing.  Take them all
     before changing anything, so a full disk leaves no trace. */
  missing = depth - level + 1;
  for (i = 0; i < missing; i++)
    if (!free_map_allocate (1, &fresh[i]))
      {
        while (i-- > 0)
          free_map_release (fresh[i], 1);
        return NO_SECTOR;
      }

  /* Zero them and link them bottom up, the top one last, so that the
     tree never points at a sector that is not ready. */
  for (i = 0; i < missing; i++)
    cache_zero (fresh[i]);
  for (i = missing - 1; i > 0; i--)
    write_entry (fresh[i - 1], path[level + i - 1], fresh[i]);
  if (level == 0)
    {
      *root = fresh[0];
      cache_write (inode_sector, d, 0, BLOCK_SECTOR_SIZE);
    }
  else
    write_entry (chain[level - 1], path[level - 1], fresh[0]);
  return fresh[missing - 1];
}

/* Gives back to the free map SECTOR and, if it is an index block
   DEPTH levels above the data, everything below it.  Bad numbers
   (from a corrupted disk) are skipped. */
static void
release_tree (block_sector_t sector, int depth)
{
  size_t i;

  if (!sector_ok (sector))
    return;
  if (depth > 0)
    for (i = 0; i < PTRS_PER_SECTOR; i++)
      {
        block_sector_t entry = read_entry (sector, i);
        if (entry != NO_SECTOR)
          release_tree (entry, depth - 1);
      }
  free_map_release (sector, 1);
}

/* Gives back every data and index sector of D's tree. */
static void
release_data (const struct inode_disk *d)
{
  size_t i;

  for (i = 0; i < DIRECT_CNT; i++)
    if (d->direct[i] != NO_SECTOR)
      release_tree (d->direct[i], 0);
  if (d->indirect != NO_SECTOR)
    release_tree (d->indirect, 1);
  if (d->doubly != NO_SECTOR)
    release_tree (d->doubly, 2);
}

/* Writes to SECTOR, which the caller has allocated, a new inode with
   LENGTH zero bytes, all allocated now; a directory if IS_DIR, whose
   parent is PARENT.  Returns false, leaving nothing allocated, if
   LENGTH is out of range or memory or disk space runs out. */
static bool
create_inode (block_sector_t sector, off_t length, bool is_dir,
              block_sector_t parent)
{
  struct inode_disk *d;
  size_t i, cnt;
  bool success = true;

  if (length < 0 || length > FILE_MAX)
    return false;
  d = calloc (1, sizeof *d);
  if (d == NULL)
    return false;
  d->magic = INODE_MAGIC;
  d->is_dir = is_dir;
  d->parent = parent;

  cnt = bytes_to_sectors (length);
  for (i = 0; i < cnt && success; i++)
    success = map_block (d, sector, i, true) != NO_SECTOR;
  if (success)
    {
      d->length = length;
      cache_write (sector, d, 0, BLOCK_SECTOR_SIZE);
    }
  else
    release_data (d);
  free (d);
  return success;
}

/* Writes to SECTOR a new file inode of LENGTH zero bytes. */
bool
inode_create (block_sector_t sector, off_t length)
{
  return create_inode (sector, length, false, NO_SECTOR);
}

/* Writes to SECTOR a new directory inode whose parent is the
   directory inode at PARENT, LENGTH zero bytes long (no entries). */
bool
inode_create_dir (block_sector_t sector, block_sector_t parent,
                  off_t length)
{
  return create_inode (sector, length, true, parent);
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
   does not hold a sane inode.  The caller must hold
   open_inodes_lock. */
static struct inode *
load_inode (block_sector_t sector)
{
  struct inode *inode;

  if (sector >= block_size (fs_device))
    return NULL;
  inode = malloc (sizeof *inode);
  if (inode == NULL)
    return NULL;
  inode->sector = sector;
  inode->open_cnt = 1;
  inode->removed = false;
  inode->deny_write_cnt = 0;
  lock_init (&inode->lock);
  lock_init (&inode->dir_lock);
  cache_read (sector, &inode->data, 0, BLOCK_SECTOR_SIZE);
  if (inode->data.magic != INODE_MAGIC || inode->data.is_dir > 1
      || inode->data.length < 0 || inode->data.length > FILE_MAX)
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
    {
      release_data (&inode->data);
      free_map_release (inode->sector, 1);
    }
  free (inode);
}

/* Deletes the inode at SECTOR, which nobody has open, with its data:
   for a file that was created but could not be given a name. */
void
inode_delete (block_sector_t sector)
{
  struct inode_disk d;

  cache_read (sector, &d, 0, BLOCK_SECTOR_SIZE);
  if (d.magic == INODE_MAGIC)
    release_data (&d);
  free_map_release (sector, 1);
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

/* Has INODE been removed? */
bool
inode_is_removed (struct inode *inode)
{
  bool removed;

  lock_acquire (&open_inodes_lock);
  removed = inode->removed;
  lock_release (&open_inodes_lock);
  return removed;
}

/* Reads up to SIZE bytes from INODE, starting at byte OFFSET, into
   BUFFER.  Returns the number of bytes read, fewer than SIZE if end
   of file comes first or the tree is corrupt.  Asks the cache to
   fetch the block after the last one read. */
off_t
inode_read_at (struct inode *inode, void *buffer_, off_t size, off_t offset)
{
  uint8_t *buffer = buffer_;
  off_t length = inode->data.length;
  off_t done = 0;

  if (offset < 0 || size <= 0 || offset >= length)
    return 0;
  if (size > length - offset)
    size = length - offset;

  while (done < size)
    {
      off_t pos = offset + done;
      int sector_ofs = pos % BLOCK_SECTOR_SIZE;
      off_t chunk = BLOCK_SECTOR_SIZE - sector_ofs;
      block_sector_t sector = map_block (&inode->data, inode->sector,
                                         pos / BLOCK_SECTOR_SIZE, false);

      if (chunk > size - done)
        chunk = size - done;
      if (sector == BAD_SECTOR)
        break;
      if (sector == NO_SECTOR)
        memset (buffer + done, 0, chunk);
      else
        cache_read (sector, buffer + done, sector_ofs, chunk);
      done += chunk;
    }

  if (done > 0 && offset + done < length)
    {
      block_sector_t next = map_block (&inode->data, inode->sector,
                                       (offset + done) / BLOCK_SECTOR_SIZE,
                                       false);
      if (next != NO_SECTOR && next != BAD_SECTOR)
        cache_prefetch (next);
    }
  return done;
}

/* Writes up to SIZE bytes from BUFFER into INODE, starting at byte
   OFFSET, extending the file if they reach past its end and files
   grow.  Returns the number of bytes written: fewer than SIZE at
   FILE_MAX (at end of file if files do not grow), when the disk fills
   up, or if the tree is corrupt; 0 while writes to INODE are
   denied. */
off_t
inode_write_at (struct inode *inode, const void *buffer_, off_t size,
                off_t offset)
{
  const uint8_t *buffer = buffer_;
  off_t done = 0;

  off_t limit = FILES_GROW ? FILE_MAX : inode->data.length;

  if (offset < 0 || size <= 0 || offset >= limit)
    return 0;
  if (size > limit - offset)
    size = limit - offset;

  lock_acquire (&inode->lock);
  if (inode->deny_write_cnt > 0)
    size = 0;
  while (done < size)
    {
      off_t pos = offset + done;
      int sector_ofs = pos % BLOCK_SECTOR_SIZE;
      off_t chunk = BLOCK_SECTOR_SIZE - sector_ofs;
      block_sector_t sector = map_block (&inode->data, inode->sector,
                                         pos / BLOCK_SECTOR_SIZE, true);

      if (sector == NO_SECTOR || sector == BAD_SECTOR)
        break;
      if (chunk > size - done)
        chunk = size - done;
      cache_write (sector, buffer + done, sector_ofs, chunk);
      done += chunk;
    }

  /* Only now, with the bytes in place, may readers see them. */
  if (offset + done > inode->data.length)
    {
      inode->data.length = offset + done;
      cache_write (inode->sector, &inode->data, 0, BLOCK_SECTOR_SIZE);
    }
  lock_release (&inode->lock);
  return done;
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

/* Is INODE a directory? */
bool
inode_is_dir (const struct inode *inode)
{
  return inode->data.is_dir != 0;
}

/* For a directory inode: the inode sector of its parent. */
block_sector_t
inode_get_parent (const struct inode *inode)
{
  return inode->data.parent;
}

/* The lock directory.c holds while it reads-and-changes INODE's
   entries. */
struct lock *
inode_dir_lock (struct inode *inode)
{
  return &inode->dir_lock;
}
