/* Bitmaps.

   The bits live in an array of 32-bit words, bit N in bit N % 32 of
   word N / 32, which on this little-endian machine is also bit
   N % 8 of byte N / 8; that byte order is the file format used by
   bitmap_read() and bitmap_write().  Bits past the end in the last
   word are kept zero, so a bitmap's image in a file is the same
   however it came to hold its value.

   Range operations work a bit at a time.  The kernel's bitmaps hold
   at most a few thousand bits, and the simple loops are easy to
   check. */

#include "bitmap.h"
#include <debug.h>
#include <round.h>
#include <stdio.h>
#include <string.h>
#include "threads/malloc.h"
#ifdef FILESYS
#include "filesys/file.h"
#endif

/* One word of bits. */
typedef uint32_t bit_word;
#define WORD_BITS (sizeof (bit_word) * 8)

/* A bitmap: its header, followed directly in memory by its words. */
struct bitmap
  {
    size_t bit_cnt;             /* Number of bits. */
    bit_word *words;            /* The bits. */
  };

/* Returns the number of words needed for BIT_CNT bits. */
static size_t
word_cnt (size_t bit_cnt)
{
  return DIV_ROUND_UP (bit_cnt, WORD_BITS);
}

/* Returns the number of bytes of words needed for BIT_CNT bits. */
static size_t
word_bytes (size_t bit_cnt)
{
  return word_cnt (bit_cnt) * sizeof (bit_word);
}

/* Returns the word that holds bit IDX. */
static size_t
word_index (size_t idx)
{
  return idx / WORD_BITS;
}

/* Returns the mask that selects bit IDX within its word. */
static bit_word
bit_mask (size_t idx)
{
  return (bit_word) 1 << (idx % WORD_BITS);
}

/* Returns the bytes needed by bitmap_create_in_buf() for BIT_CNT
   bits. */
size_t
bitmap_buf_size (size_t bit_cnt)
{
  return sizeof (struct bitmap) + word_bytes (bit_cnt);
}

/* Creates a BIT_CNT-bit bitmap, all false, in the BYTE_CNT bytes at
   BUF, which must be word-aligned.  Returns it. */
struct bitmap *
bitmap_create_in_buf (size_t bit_cnt, void *buf, size_t byte_cnt)
{
  struct bitmap *b = buf;

  ASSERT (buf != NULL);
  ASSERT ((uintptr_t) buf % sizeof (bit_word) == 0);
  ASSERT (byte_cnt >= bitmap_buf_size (bit_cnt));

  b->bit_cnt = bit_cnt;
  b->words = (bit_word *) (b + 1);
  memset (b->words, 0, word_bytes (bit_cnt));
  return b;
}

/* Creates a BIT_CNT-bit bitmap, all false, on the heap.  Returns it,
   or NULL if memory is short. */
struct bitmap *
bitmap_create (size_t bit_cnt)
{
  size_t size = bitmap_buf_size (bit_cnt);
  void *buf = malloc (size);

  return buf != NULL ? bitmap_create_in_buf (bit_cnt, buf, size) : NULL;
}

/* Frees B, which came from bitmap_create(), or does nothing if B is
   NULL. */
void
bitmap_destroy (struct bitmap *b)
{
  free (b);
}

/* Returns the number of bits in B. */
size_t
bitmap_size (const struct bitmap *b)
{
  ASSERT (b != NULL);
  return b->bit_cnt;
}

/* Sets bit IDX of B to VALUE. */
void
bitmap_set (struct bitmap *b, size_t idx, bool value)
{
  if (value)
    bitmap_mark (b, idx);
  else
    bitmap_reset (b, idx);
}

/* Sets bit IDX of B to true. */
void
bitmap_mark (struct bitmap *b, size_t idx)
{
  ASSERT (b != NULL);
  ASSERT (idx < b->bit_cnt);
  b->words[word_index (idx)] |= bit_mask (idx);
}

/* Sets bit IDX of B to false. */
void
bitmap_reset (struct bitmap *b, size_t idx)
{
  ASSERT (b != NULL);
  ASSERT (idx < b->bit_cnt);
  b->words[word_index (idx)] &= ~bit_mask (idx);
}

/* Inverts bit IDX of B. */
void
bitmap_flip (struct bitmap *b, size_t idx)
{
  ASSERT (b != NULL);
  ASSERT (idx < b->bit_cnt);
  b->words[word_index (idx)] ^= bit_mask (idx);
}

/* Returns the value of bit IDX of B. */
bool
bitmap_test (const struct bitmap *b, size_t idx)
{
  ASSERT (b != NULL);
  ASSERT (idx < b->bit_cnt);
  return (b->words[word_index (idx)] & bit_mask (idx)) != 0;
}

/* Sets every bit of B to VALUE. */
void
bitmap_set_all (struct bitmap *b, bool value)
{
  ASSERT (b != NULL);
  bitmap_set_multiple (b, 0, b->bit_cnt, value);
}

/* Asserts that the CNT bits from START lie within B. */
static void
check_range (const struct bitmap *b, size_t start, size_t cnt)
{
  ASSERT (b != NULL);
  ASSERT (start <= b->bit_cnt);
  ASSERT (cnt <= b->bit_cnt - start);
}

/* Sets the CNT bits of B from START to VALUE. */
void
bitmap_set_multiple (struct bitmap *b, size_t start, size_t cnt, bool value)
{
  size_t i;

  check_range (b, start, cnt);
  for (i = start; i < start + cnt; i++)
    bitmap_set (b, i, value);
}

/* Returns how many of the CNT bits of B from START equal VALUE. */
size_t
bitmap_count (const struct bitmap *b, size_t start, size_t cnt, bool value)
{
  size_t i, matches = 0;

  check_range (b, start, cnt);
  for (i = start; i < start + cnt; i++)
    if (bitmap_test (b, i) == value)
      matches++;
  return matches;
}

/* Returns true if any of the CNT bits of B from START equals
   VALUE. */
bool
bitmap_contains (const struct bitmap *b, size_t start, size_t cnt,
                 bool value)
{
  size_t i;

  check_range (b, start, cnt);
  for (i = start; i < start + cnt; i++)
    if (bitmap_test (b, i) == value)
      return true;
  return false;
}

/* Returns true if any of the CNT bits of B from START is true. */
bool
bitmap_any (const struct bitmap *b, size_t start, size_t cnt)
{
  return bitmap_contains (b, start, cnt, true);
}

/* Returns true if none of the CNT bits of B from START is true. */
bool
bitmap_none (const struct bitmap *b, size_t start, size_t cnt)
{
  return !bitmap_contains (b, start, cnt, true);
}

/* Returns true if all of the CNT bits of B from START are true. */
bool
bitmap_all (const struct bitmap *b, size_t start, size_t cnt)
{
  return !bitmap_contains (b, start, cnt, false);
}

/* Returns the index of the first run of CNT bits of B equal to
   VALUE at or after START, or BITMAP_ERROR.  One pass suffices:
   RUN counts the matching bits just before I, so a run ends where a
   mismatch restarts it. */
size_t
bitmap_scan (const struct bitmap *b, size_t start, size_t cnt, bool value)
{
  size_t i, run = 0;

  ASSERT (b != NULL);
  ASSERT (start <= b->bit_cnt);

  if (cnt == 0)
    return start;
  for (i = start; i < b->bit_cnt; i++)
    {
      run = bitmap_test (b, i) == value ? run + 1 : 0;
      if (run == cnt)
        return i + 1 - cnt;
    }
  return BITMAP_ERROR;
}

/* Claims a run: finds it as bitmap_scan() does and sets its bits to
   !VALUE, so the same run is not found again.  Returns the run's
   first index, or BITMAP_ERROR with B unchanged.  Allocators use this
   with VALUE false to take CNT free slots at once; they must hold
   whatever lock guards B, since the search and the update are two
   steps. */
size_t
bitmap_scan_and_flip (struct bitmap *b, size_t start, size_t cnt, bool value)
{
  size_t first = bitmap_scan (b, start, cnt, value);

  if (first == BITMAP_ERROR)
    return BITMAP_ERROR;
  bitmap_set_multiple (b, first, cnt, !value);
  return first;
}

#ifdef FILESYS
/* Returns the number of bytes B takes up in a file. */
size_t
bitmap_file_size (const struct bitmap *b)
{
  ASSERT (b != NULL);
  return word_bytes (b->bit_cnt);
}

/* Reads B's bits from the start of FILE.  Returns true if the whole
   image could be read.  Padding bits are cleared whatever the file
   held there. */
bool
bitmap_read (struct bitmap *b, struct file *file)
{
  off_t size = bitmap_file_size (b);
  bool ok = file_read_at (file, b->words, size, 0) == size;

  if (b->bit_cnt % WORD_BITS != 0)
    b->words[word_cnt (b->bit_cnt) - 1] &= bit_mask (b->bit_cnt) - 1;
  return ok;
}

/* Writes B's bits to the start of FILE.  Returns true if the whole
   image was written. */
bool
bitmap_write (const struct bitmap *b, struct file *file)
{
  off_t size = bitmap_file_size (b);

  return file_write_at (file, b->words, size, 0) == size;
}
#endif /* FILESYS */

/* Prints B's words as a hex dump. */
void
bitmap_dump (const struct bitmap *b)
{
  ASSERT (b != NULL);
  hex_dump (0, b->words, word_bytes (b->bit_cnt), false);
}
