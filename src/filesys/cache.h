#ifndef FILESYS_CACHE_H
#define FILESYS_CACHE_H

/* The buffer cache: the only way the file system reaches its disk.
   It keeps up to CACHE_SIZE sectors of fs_device in memory, writes
   changed ones back later (write-behind), and fetches the sector after
   a read in the background (read-ahead). */

#include <stddef.h>
#include "devices/block.h"

/* Most sectors held at once. */
#define CACHE_SIZE 64

/* Kernel threads cache_init() starts, which never exit: the flusher
   and the read-ahead thread. */
#define CACHE_THREAD_CNT 2

/* Called once, after fs_device is known and before any other call. */
void cache_init (void);

/* Copying part of one sector: SIZE bytes at byte OFS of SECTOR, with
   OFS + SIZE at most BLOCK_SECTOR_SIZE.  Writing a whole sector never
   reads it from disk first. */
void cache_read (block_sector_t sector, void *buffer, size_t ofs,
                 size_t size);
void cache_write (block_sector_t sector, const void *buffer, size_t ofs,
                  size_t size);

/* Fills SECTOR with zeros, without reading it. */
void cache_zero (block_sector_t sector);

/* Asks for SECTOR to be brought in by the read-ahead thread; returns
   at once.  May be ignored. */
void cache_prefetch (block_sector_t sector);

/* Writes every changed sector to disk.  After it returns, the disk
   holds everything written through the cache before the call. */
void cache_flush (void);

/* Prints the "Cache: ..." statistics line. */
void cache_print_stats (void);

#endif /* filesys/cache.h */
