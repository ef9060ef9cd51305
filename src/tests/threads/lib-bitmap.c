/* Unit tests of lib/kernel/bitmap.

   A bitmap is checked against a model, a plain array of bools, after
   each of many random operations: single bits set, reset, marked and
   flipped, ranges set, the whole map set.  Queries (test, count,
   contains, any, none, all, scan) are compared with answers computed
   naively from the model, over ranges that start and end on each
   side of the 32-bit word boundaries.  Sizes straddle word boundaries
   too.  Then scan_and_flip() is used the way the page allocator uses
   it, to hand out runs, including runs that span two words. */

#include <bitmap.h>
#include <random.h>
#include <stdint.h>
#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/malloc.h"
#include "threads/palloc.h"

#define MAX_BITS 200

/* What the bitmap under test should hold. */
static bool model[MAX_BITS];

static const size_t sizes[] = {0, 1, 31, 32, 33, 63, 64, 65, 100, MAX_BITS};

/* Run lengths tried by the scan checks. */
static const size_t run_lengths[] = {0, 1, 2, 3, 7, 31, 32, 33, 64, 65};

/* Model answer to bitmap_count (B, START, CNT, VALUE). */
static size_t
model_count (size_t start, size_t cnt, bool value)
{
  size_t i, n = 0;

  for (i = start; i < start + cnt; i++)
    n += model[i] == value;
  return n;
}

/* Model answer to bitmap_scan (B, START, CNT, VALUE) on a bitmap of
   BIT_CNT bits, given RUNS, where RUNS[I] is the number of bits equal
   to VALUE from bit I on before the first that is not. */
static size_t
model_scan (const size_t *runs, size_t bit_cnt, size_t start, size_t cnt)
{
  size_t i;

  for (i = start; i + cnt <= bit_cnt; i++)
    if (runs[i] >= cnt)
      return i;
  return BITMAP_ERROR;
}

/* Fills RUNS for model_scan() from the first BIT_CNT bits of the
   model. */
static void
model_runs (size_t *runs, size_t bit_cnt, bool value)
{
  size_t i;

  runs[bit_cnt] = 0;
  for (i = bit_cnt; i-- > 0; )
    runs[i] = model[i] == value ? runs[i + 1] + 1 : 0;
}

/* Returns the start after START at which to check queries: every
   start near a word boundary or the end, and a sample in between. */
static size_t
next_start (size_t start, size_t bit_cnt)
{
  size_t ofs = start % 32;

  return ofs < 3 || ofs > 28 || start + 8 > bit_cnt ? start + 1 : start + 5;
}

/* Fails unless every bit of B matches the model. */
static void
check_bits (const struct bitmap *b)
{
  size_t i;

  EXPECT (bitmap_size (b) <= MAX_BITS);
  for (i = 0; i < bitmap_size (b); i++)
    if (bitmap_test (b, i) != model[i])
      fail ("bit %zu of %zu is %d, model says %d",
            i, bitmap_size (b), bitmap_test (b, i), model[i]);
}

/* Fails unless every range query on B answers as the model does. */
static void
check_queries (const struct bitmap *b)
{
  static size_t runs[2][MAX_BITS + 1];
  size_t n = bitmap_size (b);
  size_t start, r;
  int v;

  check_bits (b);
  for (v = 0; v < 2; v++)
    model_runs (runs[v], n, v);
  for (start = 0; start <= n; start = next_start (start, n))
    for (r = 0; r < sizeof run_lengths / sizeof *run_lengths; r++)
      {
        size_t cnt = run_lengths[r];

        if (cnt <= n - start)
          {
            size_t ones = model_count (start, cnt, true);

            EXPECT (bitmap_count (b, start, cnt, true) == ones);
            EXPECT (bitmap_count (b, start, cnt, false) == cnt - ones);
            EXPECT (bitmap_contains (b, start, cnt, true) == (ones > 0));
            EXPECT (bitmap_contains (b, start, cnt, false) == (ones < cnt));
            EXPECT (bitmap_any (b, start, cnt) == (ones > 0));
            EXPECT (bitmap_none (b, start, cnt) == (ones == 0));
            EXPECT (bitmap_all (b, start, cnt) == (ones == cnt));
          }
        for (v = 0; v < 2; v++)
          {
            size_t expected = model_scan (runs[v], n, start, cnt);
            size_t got = bitmap_scan (b, start, cnt, v);

            if (got != expected)
              fail ("scan of %zu bits for %zu %d-bits from %zu gave %zu, "
                    "expected %zu", n, cnt, v, start, got, expected);
          }
      }
}

/* Applies one random operation to B and the model. */
static void
random_operation (struct bitmap *b)
{
  size_t n = bitmap_size (b);
  size_t idx = random_ulong () % n;
  bool value = random_ulong () % 2;
  size_t cnt, i;

  switch (random_ulong () % 7)
    {
    case 0:
      bitmap_set (b, idx, value);
      model[idx] = value;
      break;
    case 1:
      bitmap_mark (b, idx);
      model[idx] = true;
      break;
    case 2:
      bitmap_reset (b, idx);
      model[idx] = false;
      break;
    case 3:
    case 4:
      bitmap_flip (b, idx);
      model[idx] = !model[idx];
      break;
    case 5:
      cnt = random_ulong () % (n - idx + 1);
      bitmap_set_multiple (b, idx, cnt, value);
      for (i = idx; i < idx + cnt; i++)
        model[i] = value;
      break;
    default:
      if (random_ulong () % 8 == 0)
        {
          bitmap_set_all (b, value);
          for (i = 0; i < n; i++)
            model[i] = value;
        }
      break;
    }
}

static void
test_against_model (void)
{
  size_t s;

  for (s = 0; s < sizeof sizes / sizeof *sizes; s++)
    {
      struct bitmap *b = bitmap_create (sizes[s]);
      int op;

      EXPECT (b != NULL);
      EXPECT (bitmap_size (b) == sizes[s]);
      for (op = 0; op < MAX_BITS; op++)
        model[op] = false;
      check_queries (b);
      if (sizes[s] == 0)
        {
          bitmap_destroy (b);
          continue;
        }
      for (op = 0; op < 400; op++)
        {
          random_operation (b);
          if (op % 100 == 99)
            check_queries (b);
          else
            check_bits (b);
        }
      bitmap_destroy (b);
    }
  msg ("random operations on %d sizes match a model", (int) s);
}

static void
test_scan_and_flip (void)
{
  struct bitmap *b = bitmap_create (100);
  size_t i;

  EXPECT (b != NULL);
  for (i = 0; i < 100; i += 5)
    EXPECT (bitmap_scan_and_flip (b, 0, 5, false) == i);
  EXPECT (bitmap_scan_and_flip (b, 0, 5, false) == BITMAP_ERROR);
  EXPECT (bitmap_scan_and_flip (b, 0, 1, false) == BITMAP_ERROR);
  EXPECT (bitmap_all (b, 0, 100));
  bitmap_set_multiple (b, 30, 5, false);
  EXPECT (bitmap_scan_and_flip (b, 0, 6, false) == BITMAP_ERROR);
  EXPECT (bitmap_scan_and_flip (b, 31, 4, false) == 31);
  EXPECT (bitmap_scan_and_flip (b, 0, 1, false) == 30);
  EXPECT (bitmap_count (b, 0, 100, true) == 100);
  bitmap_destroy (b);

  /* A run that straddles the boundary between words 0 and 1. */
  b = bitmap_create (64);
  EXPECT (b != NULL);
  bitmap_set_multiple (b, 0, 30, true);
  EXPECT (bitmap_scan_and_flip (b, 0, 4, false) == 30);
  EXPECT (bitmap_count (b, 0, 64, true) == 34);
  EXPECT (bitmap_all (b, 0, 34) && bitmap_none (b, 34, 30));
  EXPECT (bitmap_scan_and_flip (b, 0, 30, true) == 0);
  EXPECT (bitmap_scan (b, 0, 4, true) == 30);
  EXPECT (bitmap_scan (b, 35, 29, false) == 35);
  EXPECT (bitmap_scan (b, 35, 30, false) == BITMAP_ERROR);
  bitmap_destroy (b);
  msg ("scan_and_flip hands out runs, also across word boundaries");
}

static void
test_in_buffer (void)
{
  uint32_t buf[16];
  struct bitmap *b;

  EXPECT (bitmap_buf_size (0) <= bitmap_buf_size (1));
  EXPECT (bitmap_buf_size (32) < bitmap_buf_size (33));
  EXPECT (bitmap_buf_size (200) <= sizeof buf);
  b = bitmap_create_in_buf (200, buf, sizeof buf);
  EXPECT (b != NULL);
  EXPECT (bitmap_size (b) == 200);
  EXPECT (bitmap_none (b, 0, 200));
  bitmap_mark (b, 199);
  bitmap_mark (b, 0);
  EXPECT (bitmap_count (b, 0, 200, true) == 2);
  EXPECT (bitmap_scan (b, 1, 198, false) == 1);
  bitmap_destroy (NULL);
  msg ("a bitmap in a caller's buffer");
}

void
test_lib_bitmap (void)
{
  size_t free_pages = palloc_count_free (0);

  random_init (31337);
  test_against_model ();
  test_scan_and_flip ();
  test_in_buffer ();
  EXPECT (palloc_count_free (0) == free_pages);
}
