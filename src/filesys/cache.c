/* The buffer cache.

   Every sector the file system reads or writes -- data, inodes, index
   blocks, directories, the free map -- passes through one of
   CACHE_SIZE slots here.  A slot holds one sector; a sector is in at
   most one slot.  Writes only mark a slot dirty; the disk sees the
   data when the slot is chosen for another sector, when the flusher
   thread makes its round (every FLUSH_SECONDS), or at cache_flush(),
   which filesys_done() calls before power-off.  After a read, the
   inode layer may name the next sector of the file to the read-ahead
   thread, which loads it while the reader goes on.

   Replacement is the clock algorithm over the slots: a slot used since
   the hand last passed gets a second chance, a slot somebody is using
   (pinned) is skipped.  A dirty victim is written back first, and the
   search starts over, since the world may have changed meanwhile.

   Locking.  cache_lock guards the table: which sector each slot holds
   and every slot's state fields.  It is held only for short table
   work, never across disk I/O or a copy of a sector's bytes.  Access
   to a slot's bytes is governed per slot, by the state cache_lock
   guards: any number of readers at once (a copy out, or the disk
   writing the slot back), or one writer.  A thread waits for a slot's
   state to change on cache_changed.  A slot is pinned by everyone
   using or waiting for it, so it cannot be given to another sector
   under them.

   Lock order: cache_lock is the last file-system lock.  Every other
   one (directory locks, inode locks, the free map's lock, the list
   of open inodes) may be held when calling in here; nothing here
   calls out of this file except the block layer, whose lock comes
   after cache_lock. */

#include "filesys/cache.h"
#include <debug.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "devices/timer.h"
#include "filesys/filesys.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* Seconds between the flusher's rounds. */
#define FLUSH_SECONDS 5

/* Sectors the read-ahead thread may have waiting; further requests
   are dropped while it is behind. */
#define AHEAD_QUEUE_SIZE 16

/* One slot of the cache. */
struct slot
  {
    block_sector_t sector;      /* Sector held, if IN_USE. */
    bool in_use;                /* Holds (or is loading) SECTOR? */
    bool loading;               /* Disk read into DATA under way. */
    bool dirty;                 /* DATA newer than the disk. */
    bool accessed;              /* Used since the clock hand passed. */
    int pins;                   /* Threads using or waiting for it. */
    int readers;                /* Copies out and write-backs running. */
    bool writer;                /* A thread is changing DATA. */
    uint8_t data[BLOCK_SECTOR_SIZE];
  };

/* How a caller means to use a slot. */
enum slot_use
  {
    USE_READ,                   /* Copy bytes out. */
    USE_WRITE_PART,             /* Change some bytes: load it first. */
    USE_WRITE_ALL               /* Replace every byte: no need to load. */
  };

static struct slot slots[CACHE_SIZE];
static size_t clock_hand;
static struct lock cache_lock;
static struct condition cache_changed;

/* Write-backs under way, so that cache_flush() can wait for the
   flusher's last ones. */
static int writes_in_flight;

/* Read-ahead requests: a ring of sectors, and the thread's wakeup. */
static block_sector_t ahead_queue[AHEAD_QUEUE_SIZE];
static size_t ahead_first, ahead_cnt;
static struct condition ahead_ready;

/* Statistics, under cache_lock. */
static unsigned long long hit_cnt, miss_cnt, writeback_cnt, ahead_read_cnt;

static thread_func flusher_main, read_ahead_main;

/* Sets up the table and starts the flusher and read-ahead threads. */
void
cache_init (void)
{
  lock_init (&cache_lock);
  cond_init (&cache_changed);
  cond_init (&ahead_ready);
  if (thread_create ("cache-flush", PRI_DEFAULT, flusher_main, NULL)
      == TID_ERROR
      || thread_create ("read-ahead", PRI_DEFAULT, read_ahead_main, NULL)
         == TID_ERROR)
    PANIC ("cannot start the buffer cache's threads");
}

/* Returns the slot holding SECTOR, or NULL.  Needs cache_lock. */
static struct slot *
find_slot (block_sector_t sector)
{
  size_t i;

  for (i = 0; i < CACHE_SIZE; i++)
    if (slots[i].in_use && slots[i].sector == sector)
      return &slots[i];
  return NULL;
}

/* Runs the clock hand to a slot nobody is using: an empty one, or the
   first whose second chance is spent.  Returns NULL if every slot is
   pinned.  Needs cache_lock. */
static struct slot *
choose_victim (void)
{
  size_t step;

  for (step = 0; step < 2 * CACHE_SIZE; step++)
    {
      struct slot *s = &slots[clock_hand];

      clock_hand = (clock_hand + 1) % CACHE_SIZE;
      if (!s->in_use)
        return s;
      if (s->pins > 0)
        continue;
      if (s->accessed)
        s->accessed = false;
      else
        return s;
    }
  return NULL;
}

/* Writes slot S, which is in use and dirty, to disk.  Holds S as a
   reader meanwhile, so its bytes stay still, and drops cache_lock for
   the I/O; the caller must re-examine the table afterwards.  S is
   clean afterwards unless someone changed it during the write.  Needs
   cache_lock. */
static void
write_back (struct slot *s)
{
  block_sector_t sector;

  s->pins++;
  while (s->writer || s->loading)
    cond_wait (&cache_changed, &cache_lock);
  if (s->dirty)
    {
      s->readers++;
      s->dirty = false;
      sector = s->sector;
      writes_in_flight++;
      lock_release (&cache_lock);
      block_write (fs_device, sector, s->data);
      lock_acquire (&cache_lock);
      writes_in_flight--;
      writeback_cnt++;
      s->readers--;
    }
  s->pins--;
  cond_broadcast (&cache_changed, &cache_lock);
}

/* Returns the slot for SECTOR, pinned and held for USE, loading the
   sector from disk unless it is there already or USE replaces all of
   it.  COUNTED says whether the lookup goes into the hit and miss
   statistics (read-ahead's do not).  Needs cache_lock, which it may
   drop and retake. */
static struct slot *
acquire_slot (block_sector_t sector, enum slot_use use, bool counted)
{
  struct slot *s;

  ASSERT (sector < block_size (fs_device));
  for (;;)
    {
      s = find_slot (sector);
      if (s != NULL)
        {
          if (counted)
            hit_cnt++;
          s->pins++;
          break;
        }
      s = choose_victim ();
      if (s == NULL)
        {
          cond_wait (&cache_changed, &cache_lock);
          continue;
        }
      if (s->in_use && s->dirty)
        {
          write_back (s);
          continue;
        }

      /* S is ours to refill. */
      if (counted)
        miss_cnt++;
      s->sector = sector;
      s->in_use = true;
      s->dirty = false;
      s->pins = 1;
      if (use == USE_WRITE_ALL)
        {
          /* Nobody can have seen the old bytes as SECTOR's. */
          s->writer = true;
          s->accessed = true;
          return s;
        }
      s->loading = true;
      lock_release (&cache_lock);
      block_read (fs_device, sector, s->data);
      lock_acquire (&cache_lock);
      s->loading = false;
      cond_broadcast (&cache_changed, &cache_lock);
      break;
    }

  s->accessed = true;
  if (use == USE_READ)
    {
      while (s->writer || s->loading)
        cond_wait (&cache_changed, &cache_lock);
      s->readers++;
    }
  else
    {
      while (s->writer || s->loading || s->readers > 0)
        cond_wait (&cache_changed, &cache_lock);
      s->writer = true;
    }
  return s;
}

/* Lets go of slot S, held for USE.  Needs cache_lock. */
static void
release_slot (struct slot *s, enum slot_use use)
{
  if (use == USE_READ)
    s->readers--;
  else
    {
      s->writer = false;
      s->dirty = true;
    }
  s->pins--;
  cond_broadcast (&cache_changed, &cache_lock);
}

/* Copies SIZE bytes at byte OFS of SECTOR into BUFFER. */
void
cache_read (block_sector_t sector, void *buffer, size_t ofs, size_t size)
{
  struct slot *s;

  ASSERT (ofs + size <= BLOCK_SECTOR_SIZE);
  lock_acquire (&cache_lock);
  s = acquire_slot (sector, USE_READ, true);
  lock_release (&cache_lock);

  memcpy (buffer, s->data + ofs, size);

  lock_acquire (&cache_lock);
  release_slot (s, USE_READ);
  lock_release (&cache_lock);
}

/* Copies SIZE bytes from BUFFER to byte OFS of SECTOR; or, if BUFFER
   is null, zeros them. */
static void
change_sector (block_sector_t sector, const void *buffer, size_t ofs,
               size_t size)
{
  enum slot_use use = size == BLOCK_SECTOR_SIZE ? USE_WRITE_ALL
                                                : USE_WRITE_PART;
  struct slot *s;

  ASSERT (ofs + size <= BLOCK_SECTOR_SIZE);
  lock_acquire (&cache_lock);
  s = acquire_slot (sector, use, true);
  lock_release (&cache_lock);

  if (buffer != NULL)
    memcpy (s->data + ofs, buffer, size);
  else
    memset (s->data + ofs, 0, size);

  lock_acquire (&cache_lock);
  release_slot (s, use);
  lock_release (&cache_lock);
}

/* Copies SIZE bytes from BUFFER to byte OFS of SECTOR. */
void
cache_write (block_sector_t sector, const void *buffer, size_t ofs,
             size_t size)
{
  ASSERT (buffer != NULL);
  change_sector (sector, buffer, ofs, size);
}

/* Makes SECTOR all zeros. */
void
cache_zero (block_sector_t sector)
{
  change_sector (sector, NULL, 0, BLOCK_SECTOR_SIZE);
}

/* Queues SECTOR for the read-ahead thread unless it is cached, out of
   range, or the queue is full. */
void
cache_prefetch (block_sector_t sector)
{
  if (sector >= block_size (fs_device))
    return;
  lock_acquire (&cache_lock);
  if (ahead_cnt < AHEAD_QUEUE_SIZE && find_slot (sector) == NULL)
    {
      ahead_queue[(ahead_first + ahead_cnt) % AHEAD_QUEUE_SIZE] = sector;
      ahead_cnt++;
      cond_signal (&ahead_ready, &cache_lock);
    }
  lock_release (&cache_lock);
}

/* The read-ahead thread: loads each queued sector not yet cached. */
static void
read_ahead_main (void *aux UNUSED)
{
  lock_acquire (&cache_lock);
  for (;;)
    {
      block_sector_t sector;

      while (ahead_cnt == 0)
        cond_wait (&ahead_ready, &cache_lock);
      sector = ahead_queue[ahead_first];
      ahead_first = (ahead_first + 1) % AHEAD_QUEUE_SIZE;
      ahead_cnt--;
      if (find_slot (sector) == NULL)
        {
          ahead_read_cnt++;
          release_slot (acquire_slot (sector, USE_READ, false), USE_READ);
        }
    }
}

/* Writes back every dirty slot, then waits until no write-back that
   started earlier (the flusher's, say) is still on its way. */
void
cache_flush (void)
{
  size_t i;

  lock_acquire (&cache_lock);
  for (i = 0; i < CACHE_SIZE; i++)
    if (slots[i].in_use && slots[i].dirty)
      write_back (&slots[i]);
  while (writes_in_flight > 0)
    cond_wait (&cache_changed, &cache_lock);
  lock_release (&cache_lock);
}

/* The flusher thread: bounds how much a crash could lose. */
static void
flusher_main (void *aux UNUSED)
{
  for (;;)
    {
      timer_sleep (FLUSH_SECONDS * TIMER_FREQ);
      cache_flush ();
    }
}

/* Prints the statistics line; see the top of the file. */
void
cache_print_stats (void)
{
  printf ("Cache: %llu hits, %llu misses, %llu write-backs, "
          "%llu read-aheads\n",
          hit_cnt, miss_cnt, writeback_cnt, ahead_read_cnt);
}
