/* The user malloc(), calloc(), realloc() and free() (lib/user/malloc.c)
   under a long random sequence of requests.  A table of blocks, each
   filled with bytes that depend on its slot and a serial number, is
   churned by random operations -- allocate (with malloc or calloc),
   resize, free -- with sizes from a byte to 64 kB, mostly small.
   Every block is checked in full before it is resized or freed, and a
   resized block must keep its first bytes; every pointer must be
   8-byte aligned and no two live blocks may overlap.  Then the corner
   cases of the interface, and a large block freed at the top of the
   heap must give its memory back to the system. */

#include <random.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"

#define SLOT_CNT 256
#define OP_CNT 6000

/* A block of the table; a null START means an empty slot. */
struct block
  {
    uint8_t *start;
    size_t size;
    unsigned serial;            /* Picks the block's bytes. */
  };

static struct block blocks[SLOT_CNT];

/* Returns byte I of the block with SERIAL. */
static uint8_t
block_byte (unsigned serial, size_t i)
{
  return (uint8_t) (serial * 167 + i * 13 + (i >> 9));
}

/* Fills B with its bytes, from byte FIRST on. */
static void
fill_block (struct block *b, size_t first)
{
  size_t i;

  for (i = first; i < b->size; i++)
    b->start[i] = block_byte (b->serial, i);
}

/* Fails unless the first CNT bytes of B are its bytes. */
static void
check_block (const struct block *b, size_t cnt)
{
  size_t i;

  for (i = 0; i < cnt; i++)
    if (b->start[i] != block_byte (b->serial, i))
      fail ("block %u, %zu bytes: byte %zu is 0x%02x, expected 0x%02x",
            b->serial, b->size, i, b->start[i], block_byte (b->serial, i));
}

/* Fails unless P, just returned for a request of SIZE bytes, is a
   usable pointer; WHO made the request. */
static void
check_pointer (const void *p, size_t size, const char *who)
{
  if (p == NULL)
    fail ("%s (%zu) returned a null pointer", who, size);
  if ((uintptr_t) p % 8 != 0)
    fail ("%s (%zu) returned %p, not 8-byte aligned", who, size, p);
}

/* Returns a random size: mostly below 256 bytes, sometimes up to 4 kB,
   now and then up to 64 kB. */
static size_t
random_size (void)
{
  unsigned long kind = random_ulong () % 16;

  if (kind < 11)
    return 1 + random_ulong () % 256;
  if (kind < 15)
    return 1 + random_ulong () % 4096;
  return 1 + random_ulong () % 65536;
}

/* Puts a new block of random size in the empty slot B. */
static void
allocate (struct block *b, unsigned serial)
{
  bool zeroed = random_ulong () % 4 == 0;
  size_t i;

  b->size = random_size ();
  b->serial = serial;
  b->start = zeroed ? calloc (b->size, 1) : malloc (b->size);
  check_pointer (b->start, b->size, zeroed ? "calloc" : "malloc");
  if (zeroed)
    for (i = 0; i < b->size; i++)
      if (b->start[i] != 0)
        fail ("calloc (%zu, 1): byte %zu is not zero", b->size, i);
  fill_block (b, 0);
}

/* Resizes the block B to a random size. */
static void
resize (struct block *b)
{
  size_t new_size = random_size ();
  size_t kept = new_size < b->size ? new_size : b->size;

  check_block (b, b->size);
  b->start = realloc (b->start, new_size);
  check_pointer (b->start, new_size, "realloc");
  b->size = new_size;
  check_block (b, kept);
  fill_block (b, kept);
}

/* Empties the slot B. */
static void
release (struct block *b)
{
  check_block (b, b->size);
  free (b->start);
  b->start = NULL;
}

/* Orders blocks by address, empty slots last. */
static int
compare_blocks (const void *a_, const void *b_)
{
  const struct block *a = a_, *b = b_;
  uintptr_t x = a->start != NULL ? (uintptr_t) a->start : UINTPTR_MAX;
  uintptr_t y = b->start != NULL ? (uintptr_t) b->start : UINTPTR_MAX;

  return x < y ? -1 : x > y;
}

/* Fails if any two live blocks overlap, and checks every block. */
static void
check_all (void)
{
  static struct block sorted[SLOT_CNT];
  int i;

  memcpy (sorted, blocks, sizeof blocks);
  qsort (sorted, SLOT_CNT, sizeof *sorted, compare_blocks);
  for (i = 0; i < SLOT_CNT && sorted[i].start != NULL; i++)
    {
      check_block (&sorted[i], sorted[i].size);
      if (i + 1 < SLOT_CNT && sorted[i + 1].start != NULL
          && sorted[i].start + sorted[i].size > sorted[i + 1].start)
        fail ("blocks %u and %u overlap", sorted[i].serial,
              sorted[i + 1].serial);
    }
}

/* Runs the random operations. */
static void
churn (void)
{
  unsigned serial;

  random_init (0x3a110c);
  for (serial = 1; serial <= OP_CNT; serial++)
    {
      struct block *b = &blocks[random_ulong () % SLOT_CNT];

      if (b->start == NULL)
        allocate (b, serial);
      else if (random_ulong () % 2 == 0)
        resize (b);
      else
        release (b);
      if (serial % 500 == 0)
        check_all ();
    }
}

/* The corner cases of the interface. */
static void
check_corners (void)
{
  void *a, *b;

  a = malloc (0);
  b = malloc (0);
  CHECK (a != NULL && b != NULL && a != b,
         "malloc (0) returns distinct blocks");
  free (a);
  free (b);
  free (NULL);
  CHECK (calloc (SIZE_MAX / 2, 3) == NULL && calloc (65536, 65537) == NULL,
         "calloc whose size overflows returns a null pointer");
  CHECK (malloc (SIZE_MAX) == NULL && malloc (SIZE_MAX - 4096) == NULL,
         "malloc of nearly 4 GB returns a null pointer");
  CHECK ((a = realloc (NULL, 100)) != NULL, "realloc (NULL, 100) allocates");
  CHECK (realloc (a, 0) == NULL, "realloc (p, 0) frees and returns NULL");
}

/* A block of 4 MB, more than the heap has had so far, must come from
   the top of the heap and go back when freed. */
static void
check_giving_back (void)
{
  size_t size = 4 * 1024 * 1024;
  uint8_t *before = sbrk (0);
  uint8_t *big = malloc (size);

  check_pointer (big, size, "malloc");
  big[0] = big[size - 1] = 1;
  CHECK ((uint8_t *) sbrk (0) >= big + size,
         "malloc (4 MB) grows the heap");
  free (big);
  CHECK (sbrk (0) == before, "free gives the 4 MB back");
}

void
test_main (void)
{
  int i;

  churn ();
  check_all ();
  for (i = 0; i < SLOT_CNT; i++)
    if (blocks[i].start != NULL)
      release (&blocks[i]);
  msg ("%d random operations; every block held its bytes", OP_CNT);
  check_corners ();
  check_giving_back ();
}
