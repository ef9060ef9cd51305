/* The kernel heap under load.

   Every block handed out is filled with a pattern that depends on the
   block and the offset, and verified only after later allocations
   have been made, so blocks that overlap, or a heap that reuses
   memory still in use, show up as a corrupted pattern.  The sizes
   cover every size class, each side of every class boundary, blocks
   of one page and of many, and a long random mix.  realloc() must
   keep a block's contents as it grows and shrinks; calloc() must
   return zeros even from recycled memory and refuse sizes that
   overflow.  At the end not one page may be missing from either page
   pool. */

#include <random.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

/* A live block and the seed of its pattern. */
struct block
  {
    uint8_t *data;
    size_t size;
    unsigned seed;
  };

static void block_alloc (struct block *, size_t size, unsigned seed);
static void block_free (struct block *);
static void fill (uint8_t *, size_t size, unsigned seed);
static void verify (const uint8_t *, size_t size, unsigned seed);
static void scramble (size_t *order, size_t cnt);
static size_t random_size (void);

/* Sizes around every class boundary and well past a page. */
static const size_t edge_sizes[] =
  {
    1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128,
    129, 255, 256, 257, 511, 512, 513, 1023, 1024, 1025, 2047, 2048,
    2049, 3000, 4000, 4083, 4084, 4085, 4095, 4096, 4097, 6000, 8000,
    8191, 8192, 8193, 12288, 16000, 40000,
  };
#define EDGE_CNT (sizeof edge_sizes / sizeof *edge_sizes)

#define BATCH 64                /* Blocks live at once. */
#define SMALL_MAX 1100          /* Every size up to this is tried. */
#define RANDOM_STEPS 3000

static struct block blocks[BATCH];

/* Every size from 1 to SMALL_MAX, BATCH at a time, freed in a
   scrambled order. */
static void
test_every_size (void)
{
  size_t order[BATCH];
  size_t size, i;

  for (size = 1; size <= SMALL_MAX; size += BATCH)
    {
      for (i = 0; i < BATCH; i++)
        block_alloc (&blocks[i], size + i, size + i);
      for (i = 0; i < BATCH; i++)
        order[i] = i;
      scramble (order, BATCH);
      for (i = 0; i < BATCH; i++)
        block_free (&blocks[order[i]]);
    }
  msg ("every size from 1 to %d bytes", SMALL_MAX);
}

static void
test_edge_sizes (void)
{
  size_t i;

  for (i = 0; i < EDGE_CNT; i++)
    block_alloc (&blocks[i], edge_sizes[i], 1000 + i);
  for (i = EDGE_CNT; i-- > 0; )
    block_free (&blocks[i]);
  msg ("sizes at the class boundaries, up to %zu bytes",
       edge_sizes[EDGE_CNT - 1]);
}

/* A random mix: each step frees a random slot's block if it has one,
   or fills the slot if not. */
static void
test_random_mix (void)
{
  size_t i;

  for (i = 0; i < RANDOM_STEPS; i++)
    {
      struct block *b = &blocks[random_ulong () % BATCH];

      if (b->data != NULL)
        block_free (b);
      else
        block_alloc (b, random_size (), i);
    }
  for (i = 0; i < BATCH; i++)
    if (blocks[i].data != NULL)
      block_free (&blocks[i]);
  msg ("%d random allocations and frees", RANDOM_STEPS);
}

/* Grows one block from 1 byte to 20000 and shrinks it back: the bytes
   it had must survive each move. */
static void
test_realloc (void)
{
  uint8_t *p = realloc (NULL, 1);
  size_t old_size, size;

  EXPECT (p != NULL);
  fill (p, 1, 77);
  for (old_size = 1, size = 2; size <= 20000;
       old_size = size, size = size * 3 / 2 + 1)
    {
      p = realloc (p, size);
      EXPECT (p != NULL);
      verify (p, old_size, 77);
      fill (p, size, 77);
    }
  for (size = old_size; size > 1; size /= 3)
    {
      p = realloc (p, size);
      EXPECT (p != NULL);
      verify (p, size, 77);
    }
  EXPECT (realloc (p, 0) == NULL);
  msg ("realloc keeps contents while growing and shrinking");
}

/* Fails unless calloc (CNT, SIZE) returns zeroed memory, which it
   then frees. */
static void
check_calloc (size_t cnt, size_t size)
{
  uint8_t *p = calloc (cnt, size);
  size_t i;

  EXPECT (p != NULL);
  for (i = 0; i < cnt * size; i++)
    if (p[i] != 0)
      fail ("calloc (%zu, %zu) byte %zu is %#x", cnt, size, i, p[i]);
  free (p);
}

/* calloc() on memory just dirtied and freed, and requests too big to
   satisfy or even to compute. */
static void
test_calloc (void)
{
  size_t i;

  for (i = 0; i < EDGE_CNT; i++)
    {
      uint8_t *p = malloc (edge_sizes[i]);

      EXPECT (p != NULL);
      memset (p, 0xa5, edge_sizes[i]);
      free (p);
      check_calloc (edge_sizes[i], 1);
    }
  check_calloc (300, 7);
  EXPECT (calloc (0x10001, 0x10000) == NULL);
  EXPECT (calloc (SIZE_MAX / 4 + 2, 4) == NULL);
  EXPECT (calloc (SIZE_MAX, 2) == NULL);
  EXPECT (malloc (SIZE_MAX) == NULL);
  EXPECT (malloc (64 * 1024 * 1024) == NULL);
  free (NULL);
  msg ("calloc zeroes, overflowing and huge requests fail");
}

void
test_malloc_stress (void)
{
  size_t kernel_free = palloc_count_free (0);
  size_t user_free = palloc_count_free (PAL_USER);

  random_init (0x5eed);
  test_every_size ();
  test_edge_sizes ();
  test_random_mix ();
  test_realloc ();
  test_calloc ();

  if (palloc_count_free (0) != kernel_free)
    fail ("%zu kernel pages free at the end, %zu at the start",
          palloc_count_free (0), kernel_free);
  EXPECT (palloc_count_free (PAL_USER) == user_free);
  msg ("all pages returned to the page allocator");
}

/* Allocates SIZE bytes for B, checks the block's alignment, and fills
   it with the pattern for SEED. */
static void
block_alloc (struct block *b, size_t size, unsigned seed)
{
  b->data = malloc (size);
  if (b->data == NULL)
    fail ("malloc (%zu) failed", size);
  EXPECT ((uintptr_t) b->data % sizeof (void *) == 0);
  EXPECT (is_kernel_vaddr (b->data));
  b->size = size;
  b->seed = seed;
  fill (b->data, size, seed);
}

/* Verifies B's pattern and frees it. */
static void
block_free (struct block *b)
{
  verify (b->data, b->size, b->seed);
  free (b->data);
  b->data = NULL;
}

/* The pattern byte at offset OFS for SEED.  The high bits of OFS take
   part so that the pattern does not repeat every 256 bytes. */
static uint8_t
pattern (size_t ofs, unsigned seed)
{
  return seed * 167 + ofs * 13 + (ofs >> 8) * 5;
}

/* Fills the SIZE bytes at P with the pattern for SEED. */
static void
fill (uint8_t *p, size_t size, unsigned seed)
{
  size_t i;

  for (i = 0; i < size; i++)
    p[i] = pattern (i, seed);
}

/* Fails unless the SIZE bytes at P hold the pattern for SEED. */
static void
verify (const uint8_t *p, size_t size, unsigned seed)
{
  size_t i;

  for (i = 0; i < size; i++)
    if (p[i] != pattern (i, seed))
      fail ("block %p of %zu bytes: byte %zu is %#x, expected %#x",
            p, size, i, p[i], pattern (i, seed));
}

/* Shuffles the CNT entries of ORDER. */
static void
scramble (size_t *order, size_t cnt)
{
  size_t i;

  for (i = cnt; i > 1; i--)
    {
      size_t j = random_ulong () % i;
      size_t t = order[i - 1];

      order[i - 1] = order[j];
      order[j] = t;
    }
}

/* Returns a random block size: mostly small, sometimes a few pages. */
static size_t
random_size (void)
{
  unsigned kind = random_ulong () % 20;

  if (kind < 14)
    return random_ulong () % 256 + 1;
  if (kind < 19)
    return random_ulong () % 2048 + 1;
  return random_ulong () % (5 * PGSIZE) + 1;
}
