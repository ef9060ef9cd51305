/* A workload of `make bench': "bench-malloc STEPS" takes STEPS random
   steps over 256 slots, each empty or holding one block from the user
   library's allocator.  A step on an empty slot fills it with a new
   block of a random size (from malloc(), or one time in eight from
   calloc(), whose zeros are checked first) and writes into every byte
   of it a value that depends on the slot and the step.  A step on a
   full slot checks every byte of its block, then frees it, or, one
   time in three, resizes it with realloc(), checks that the bytes
   that fit were kept, and writes the block anew.  At the end every
   block left is checked and freed.

   Most sizes are small (the allocator's size classes), a quarter are
   up to a page, and one in twenty is over a page (up to 64 kB), for
   which the allocator takes whole pages from sbrk() and gives them
   back when they end at the break.  The mix keeps the heap within the
   memory of the default 4 MB machine, so that what the run costs is
   the allocator's and the lazy heap's doing, not swap's. */

#include <random.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tests/lib.h"

const char *test_name = "bench-malloc";

#define SLOT_CNT 256
#define MAX_LARGE (64 * 1024)

/* A slot: its block (null if empty), the block's size in bytes, and
   the tag its bytes were computed from. */
struct slot
  {
    uint8_t *block;
    size_t size;
    uint32_t tag;
  };

static struct slot slots[SLOT_CNT];

/* Returns a random block size, in bytes. */
static size_t
random_size (void)
{
  unsigned long kind = random_ulong () % 20;

  if (kind < 14)
    return 1 + random_ulong () % 256;
  else if (kind < 19)
    return 257 + random_ulong () % (4096 - 256);
  else
    return 4097 + random_ulong () % (MAX_LARGE - 4096);
}

/* Word I of the bytes a block with TAG holds.  A block is written and
   read as whole words, then byte by byte for the last SIZE % 4 bytes,
   which come from the word that would follow. */
static uint32_t
block_word (uint32_t tag, size_t i)
{
  return tag * 2654435761u ^ ((uint32_t) i * 2246822519u + 0x3c6ef372);
}

/* Fills the SIZE bytes at BLOCK with the bytes of TAG.  BLOCK is
   aligned for a word, as every allocator's result is. */
static void
fill (uint8_t *block, size_t size, uint32_t tag)
{
  uint32_t *word = (uint32_t *) block;
  size_t i, words = size / 4;
  uint32_t last;

  for (i = 0; i < words; i++)
    word[i] = block_word (tag, i);
  last = block_word (tag, words);
  memcpy (block + words * 4, &last, size % 4);
}

/* Fails unless the first SIZE bytes at BLOCK, that of slot SLOT, are
   those of TAG.  WHEN says at which point of the run, for the
   message. */
static void
check (const uint8_t *block, size_t size, uint32_t tag, int slot,
       const char *when)
{
  const uint32_t *word = (const uint32_t *) block;
  size_t i, words = size / 4;
  uint32_t last;

  for (i = 0; i < words; i++)
    if (word[i] != block_word (tag, i))
      fail ("slot %d %s: word %zu of %zu bytes is %08x, expected %08x",
            slot, when, i, size, (unsigned) word[i],
            (unsigned) block_word (tag, i));
  last = block_word (tag, words);
  if (memcmp (block + words * 4, &last, size % 4))
    fail ("slot %d %s: the last %zu of its %zu bytes are wrong",
          slot, when, size % 4, size);
}

/* Gives empty slot S a new block, tagged TAG. */
static void
allocate (struct slot *s, uint32_t tag)
{
  int slot = s - slots;
  size_t size = random_size ();

  if (random_ulong () % 8 == 0)
    {
      size_t i;

      s->block = calloc (size, 1);
      if (s->block == NULL)
        fail ("slot %d: calloc (%zu, 1)", slot, size);
      for (i = 0; i < size; i++)
        if (s->block[i] != 0)
          fail ("slot %d: byte %zu of calloc (%zu, 1) is %02x", slot, i,
                size, s->block[i]);
    }
  else
    {
      s->block = malloc (size);
      if (s->block == NULL)
        fail ("slot %d: malloc (%zu)", slot, size);
    }
  s->size = size;
  s->tag = tag;
  fill (s->block, size, tag);
}

/* Checks full slot S's block and then frees it or, one time in
   three, moves it to a block of a new size tagged TAG. */
static void
release_or_resize (struct slot *s, uint32_t tag)
{
  int slot = s - slots;

  check (s->block, s->size, s->tag, slot, "before it was released");
  if (random_ulong () % 3 == 0)
    {
      size_t size = random_size ();
      size_t kept = size < s->size ? size : s->size;
      uint8_t *block = realloc (s->block, size);

      if (block == NULL)
        fail ("slot %d: realloc to %zu bytes", slot, size);
      check (block, kept, s->tag, slot, "after realloc");
      s->block = block;
      s->size = size;
      s->tag = tag;
      fill (block, size, tag);
    }
  else
    {
      free (s->block);
      s->block = NULL;
    }
}

int
main (int argc, char *argv[])
{
  long steps, step;
  int slot;

  if (argc != 2 || (steps = atoi (argv[1])) < 1)
    fail ("usage: bench-malloc STEPS");

  random_init (0x3a11);
  for (step = 0; step < steps; step++)
    {
      struct slot *s = &slots[random_ulong () % SLOT_CNT];

      if (s->block == NULL)
        allocate (s, step);
      else
        release_or_resize (s, step);
    }

  for (slot = 0; slot < SLOT_CNT; slot++)
    if (slots[slot].block != NULL)
      {
        check (slots[slot].block, slots[slot].size, slots[slot].tag, slot,
               "at the end");
        free (slots[slot].block);
      }
  return 0;
}
