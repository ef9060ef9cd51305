#ifndef FILESYS_FREE_MAP_H
#define FILESYS_FREE_MAP_H

/* The free map: which sectors of the file-system device are in use,
   kept in memory as a bitmap and on disk in a file of its own. */

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

/* Start-up, in this order: free_map_init() builds an empty map in
   memory; then either free_map_create() (when formatting) writes it
   out as a new file, or free_map_open() loads the one already on the
   disk.  free_map_read() reloads the map from that open file. */
void free_map_init (void);
void free_map_create (void);
void free_map_open (void);
void free_map_read (void);

/* Shut-down: the map on disk is always current, so closing only lets
   go of its file. */
void free_map_close (void);

/* Sectors come and go in contiguous runs of CNT. */
bool free_map_allocate (size_t cnt, block_sector_t *sectorp);
void free_map_release (block_sector_t sector, size_t cnt);

#endif /* filesys/free-map.h */
