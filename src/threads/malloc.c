/* The kernel heap.

   Small requests are served from size classes: blocks of 16, 32, 64,
   ... up to 1024 bytes, each class carving one-page "arenas" into
   equal blocks and keeping its free blocks on a list.  A request is
   rounded up to the smallest class that fits.  When every block of an
   arena is free again the arena's page goes back to the page allocator,
   so memory the heap no longer uses does not stay with it.

   A request too big for any class gets whole pages of its own: an
   arena header at the start of the first page, the caller's block just
   after it.

   free() finds a block's arena by rounding the block's address down to
   the page, which is why an arena is exactly one page (big blocks are
   found the same way, from their first page).

   Synchronization: each size class has a lock for its free list and
   arena counts.  malloc() may sleep, so it is not for interrupt
   handlers.  The count of blocks in use, which leak checks read, spans
   all classes and is changed with interrupts off instead. */

#include "threads/malloc.h"
#include <debug.h>
#include <list.h>
#include <round.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"

/* A size class. */
struct desc
  {
    size_t block_size;          /* Bytes per block. */
    size_t blocks_per_arena;    /* Blocks that fit in one arena. */
    struct list free_list;      /* Free blocks. */
    struct lock lock;           /* Protects the above. */
  };

/* Identifies a page as an arena, catching free() of a bad pointer. */
#define ARENA_MAGIC 0x9a548eed

/* The header at the start of every arena page. */
struct arena
  {
    unsigned magic;             /* Always ARENA_MAGIC. */
    struct desc *desc;          /* Owning class, or NULL for a big block. */
    size_t free_cnt;            /* Free blocks; pages for a big block. */
  };

/* A free block, threaded on its class's free list. */
struct block
  {
    struct list_elem free_elem;
  };

/* The classes run from MIN_BLOCK bytes, doubling, to MAX_BLOCK bytes.
   A class of twice MAX_BLOCK would fit one block in an arena, no better
   than giving the request a page of its own. */
#define MIN_BLOCK 16
#define MAX_BLOCK 1024
#define CLASS_CNT 7             /* 16, 32, 64, 128, 256, 512, 1024. */

static struct desc descs[CLASS_CNT];

static struct arena *block_to_arena (struct block *);
static struct block *arena_to_block (struct arena *, size_t idx);
static void *malloc_big (size_t size);
static bool arena_add (struct desc *);
static void count_blocks (int delta);

/* Blocks handed out by malloc() and not yet freed: what a leak check
   compares before and after. */
static size_t blocks_in_use;

/* Prepares D to hand out blocks of BLOCK_SIZE bytes.  Its arenas come
   later, one at a time, as malloc() runs out of blocks. */
static void
desc_init (struct desc *d, size_t block_size)
{
  d->block_size = block_size;
  d->blocks_per_arena = (PGSIZE - sizeof (struct arena)) / block_size;
  list_init (&d->free_list);
  lock_init (&d->lock);
}

/* Sets up the size classes. */
void
malloc_init (void)
{
  size_t i;

  for (i = 0; i < CLASS_CNT; i++)
    desc_init (&descs[i], MIN_BLOCK << i);
  ASSERT (descs[CLASS_CNT - 1].block_size == MAX_BLOCK);
}

/* Returns a block of at least SIZE bytes, or NULL if memory is short or
   SIZE is 0. */
void *
malloc (size_t size)
{
  struct desc *d;
  struct block *b;

  if (size == 0)
    return NULL;

  for (d = descs; d < descs + CLASS_CNT; d++)
    if (d->block_size >= size)
      break;
  if (d == descs + CLASS_CNT)
    {
      void *big = malloc_big (size);
      if (big != NULL)
        count_blocks (1);
      return big;
    }

  lock_acquire (&d->lock);
  if (list_empty (&d->free_list) && !arena_add (d))
    {
      lock_release (&d->lock);
      return NULL;
    }
  b = list_entry (list_pop_front (&d->free_list), struct block, free_elem);
  block_to_arena (b)->free_cnt--;
  lock_release (&d->lock);
  count_blocks (1);
  return b;
}

/* Returns a zeroed block for an array of A elements of B bytes each, or
   NULL if memory is short or the size overflows. */
void *
calloc (size_t a, size_t b)
{
  size_t size = a * b;
  void *p;

  if (b != 0 && size / b != a)
    return NULL;

  p = malloc (size);
  if (p != NULL)
    memset (p, 0, size);
  return p;
}

/* Returns the number of bytes usable in BLOCK. */
static size_t
block_size (void *block)
{
  struct arena *a = block_to_arena (block);

  if (a->desc != NULL)
    return a->desc->block_size;
  return a->free_cnt * PGSIZE - pg_ofs (block);
}

/* Resizes OLD_BLOCK to NEW_SIZE bytes, possibly moving it, and returns
   the new block, or NULL on failure (OLD_BLOCK is then untouched).
   realloc (NULL, n) is malloc (n); realloc (p, 0) frees P. */
void *
realloc (void *old_block, size_t new_size)
{
  void *new_block;
  size_t old_size;

  if (new_size == 0)
    {
      free (old_block);
      return NULL;
    }
  if (old_block == NULL)
    return malloc (new_size);

  old_size = block_size (old_block);
  if (new_size <= old_size)
    return old_block;

  new_block = malloc (new_size);
  if (new_block != NULL)
    {
      memcpy (new_block, old_block, old_size);
      free (old_block);
    }
  return new_block;
}

/* Frees block P, which came from malloc(), calloc() or realloc().
   free (NULL) does nothing. */
void
free (void *p)
{
  struct block *b = p;
  struct arena *a;
  struct desc *d;

  if (p == NULL)
    return;
  count_blocks (-1);

  a = block_to_arena (b);
  d = a->desc;
  if (d == NULL)
    {
      palloc_free_multiple (a, a->free_cnt);
      return;
    }

#ifndef NDEBUG
  memset (b, 0xcc, d->block_size);      /* Expose use after free. */
#endif

  lock_acquire (&d->lock);
  list_push_front (&d->free_list, &b->free_elem);

  /* Give a wholly free arena back to the page allocator. */
  if (++a->free_cnt >= d->blocks_per_arena)
    {
      size_t i;

      ASSERT (a->free_cnt == d->blocks_per_arena);
      for (i = 0; i < d->blocks_per_arena; i++)
        list_remove (&arena_to_block (a, i)->free_elem);
      palloc_free_page (a);
    }
  lock_release (&d->lock);
}

/* Returns the number of blocks allocated and not yet freed, so that a
   test can tell a lost free() from a quiet heap. */
size_t
malloc_count_blocks (void)
{
  return blocks_in_use;
}

/* Adds DELTA to blocks_in_use, with interrupts off because callers in
   different size classes hold different locks. */
static void
count_blocks (int delta)
{
  enum intr_level old_level = intr_disable ();
  blocks_in_use += delta;
  intr_set_level (old_level);
}

/* Gives class D a new arena, its blocks all on D's free list.  Returns
   false if no page is free.  D's lock must be held. */
static bool
arena_add (struct desc *d)
{
  struct arena *a = palloc_get_page (0);
  size_t i;

  ASSERT (lock_held_by_current_thread (&d->lock));

  if (a == NULL)
    return false;
  a->magic = ARENA_MAGIC;
  a->desc = d;
  a->free_cnt = d->blocks_per_arena;
  for (i = 0; i < d->blocks_per_arena; i++)
    list_push_back (&d->free_list, &arena_to_block (a, i)->free_elem);
  return true;
}

/* Serves a request bigger than any size class with whole pages. */
static void *
malloc_big (size_t size)
{
  size_t page_cnt;
  struct arena *a;

  if (size > SIZE_MAX - sizeof (struct arena) - PGSIZE)
    return NULL;

  page_cnt = DIV_ROUND_UP (size + sizeof (struct arena), PGSIZE);
  a = palloc_get_multiple (0, page_cnt);
  if (a == NULL)
    return NULL;
  a->magic = ARENA_MAGIC;
  a->desc = NULL;
  a->free_cnt = page_cnt;
  return a + 1;
}

/* Returns the arena that block B belongs to, checking that it is one. */
static struct arena *
block_to_arena (struct block *b)
{
  struct arena *a = pg_round_down (b);

  ASSERT (a != NULL);
  ASSERT (a->magic == ARENA_MAGIC);
  ASSERT (a->desc == NULL
          || (pg_ofs (b) - sizeof *a) % a->desc->block_size == 0);
  ASSERT (a->desc != NULL || pg_ofs (b) == sizeof *a);
  return a;
}

/* Returns block IDX of arena A. */
static struct block *
arena_to_block (struct arena *a, size_t idx)
{
  ASSERT (a != NULL);
  ASSERT (a->magic == ARENA_MAGIC);
  ASSERT (idx < a->desc->blocks_per_arena);
  return (struct block *) ((uint8_t *) a + sizeof *a
                           + idx * a->desc->block_size);
}
