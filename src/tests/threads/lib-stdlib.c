/* Unit tests of lib/stdlib.c: atoi() on the inputs people actually
   give it (signs, leading white space, trailing junk, no digits, the
   extremes of int), qsort() on arrays of several element sizes,
   lengths and key distributions, and bsearch() for every present and
   every kind of absent key. */

#include <limits.h>
#include <random.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/threads/tests.h"

#define ARRAY_CNT 500

static int numbers[ARRAY_CNT];

/* An element whose size is not a multiple of 4. */
struct record
  {
    char name[5];
    uint8_t rank;
    char tag;
  };

static int compare_ints (const void *, const void *);
static int compare_records (const void *, const void *);
static int compare_ints_aux (const void *, const void *, void *);

static void
test_atoi (void)
{
  static const struct
    {
      const char *text;
      int value;
    }
  cases[] =
    {
      {"0", 0}, {"42", 42}, {"-42", -42}, {"+7", 7}, {"007", 7},
      {" \t\n\v\f\r12", 12}, {"12abc", 12}, {"3 4", 3}, {"abc", 0},
      {"", 0}, {"-", 0}, {"+", 0}, {"- 5", 0}, {"  -0", 0},
      {"2147483647", INT_MAX}, {"-2147483648", INT_MIN},
      {"-2147483647", -INT_MAX},
    };
  size_t i;

  for (i = 0; i < sizeof cases / sizeof *cases; i++)
    if (atoi (cases[i].text) != cases[i].value)
      fail ("atoi (\"%s\") = %d, expected %d",
            cases[i].text, atoi (cases[i].text), cases[i].value);
  EXPECT (abs (-5) == 5 && abs (5) == 5 && abs (0) == 0);
  msg ("atoi and abs");
}

/* Fills NUMBERS with CNT values below RANGE; returns their sum. */
static long long
fill_random (size_t cnt, unsigned range)
{
  long long sum = 0;
  size_t i;

  for (i = 0; i < cnt; i++)
    sum += numbers[i] = random_ulong () % range;
  return sum;
}

/* Fails unless the first CNT NUMBERS are in ascending order and add
   up to SUM. */
static void
check_sorted (size_t cnt, long long sum)
{
  size_t i;

  for (i = 0; i < cnt; i++)
    {
      if (i > 0 && numbers[i - 1] > numbers[i])
        fail ("%zu numbers: %d before %d", cnt, numbers[i - 1], numbers[i]);
      sum -= numbers[i];
    }
  EXPECT (sum == 0);
}

static void
test_qsort (void)
{
  static const size_t lengths[] = {0, 1, 2, 3, 10, 63, 64, 65, ARRAY_CNT};
  struct record records[26];
  int descending = -1;
  size_t i;

  for (i = 0; i < sizeof lengths / sizeof *lengths; i++)
    {
      long long sum = fill_random (lengths[i], 1000000);
      qsort (numbers, lengths[i], sizeof *numbers, compare_ints);
      check_sorted (lengths[i], sum);

      /* Sorting sorted input, and input full of duplicates. */
      qsort (numbers, lengths[i], sizeof *numbers, compare_ints);
      check_sorted (lengths[i], sum);
      sum = fill_random (lengths[i], 3);
      qsort (numbers, lengths[i], sizeof *numbers, compare_ints);
      check_sorted (lengths[i], sum);
    }

  /* Descending through sort()'s AUX, then back. */
  fill_random (ARRAY_CNT, 1000);
  sort (numbers, ARRAY_CNT, sizeof *numbers, compare_ints_aux, &descending);
  for (i = 1; i < ARRAY_CNT; i++)
    EXPECT (numbers[i - 1] >= numbers[i]);

  /* Seven-byte elements: ranks 25...0 sorted to 0...25, carrying
     their names along. */
  for (i = 0; i < 26; i++)
    {
      records[i].rank = 25 - i;
      snprintf (records[i].name, sizeof records[i].name, "r%zu", 25 - i);
      records[i].tag = 'a' + (25 - i);
    }
  EXPECT (sizeof records[0] == 7);
  qsort (records, 26, sizeof *records, compare_records);
  for (i = 0; i < 26; i++)
    {
      char name[sizeof records[i].name];

      snprintf (name, sizeof name, "r%zu", i);
      EXPECT ((size_t) records[i].rank == i);
      EXPECT (!strcmp (records[i].name, name));
      EXPECT (records[i].tag == (char) ('a' + i));
    }
  msg ("qsort of various lengths, duplicates, odd element sizes");
}

static void
test_bsearch (void)
{
  int key;
  size_t i;

  /* Distinct even numbers 0, 2, 4, ... */
  for (i = 0; i < ARRAY_CNT; i++)
    numbers[i] = 2 * i;
  for (i = 0; i < ARRAY_CNT; i++)
    {
      key = 2 * i;
      EXPECT (bsearch (&key, numbers, ARRAY_CNT, sizeof *numbers,
                       compare_ints) == &numbers[i]);
      key = 2 * i + 1;
      EXPECT (bsearch (&key, numbers, ARRAY_CNT, sizeof *numbers,
                       compare_ints) == NULL);
    }
  key = -1;
  EXPECT (bsearch (&key, numbers, ARRAY_CNT, sizeof *numbers,
                   compare_ints) == NULL);
  key = 0;
  EXPECT (bsearch (&key, numbers, 0, sizeof *numbers, compare_ints) == NULL);
  EXPECT (bsearch (&key, numbers, 1, sizeof *numbers, compare_ints)
          == numbers);

  /* With duplicates, any equal element will do. */
  for (i = 0; i < ARRAY_CNT; i++)
    numbers[i] = i / 10;
  for (key = 0; key < ARRAY_CNT / 10; key++)
    {
      int *found = bsearch (&key, numbers, ARRAY_CNT, sizeof *numbers,
                            compare_ints);
      EXPECT (found != NULL && *found == key);
    }
  msg ("bsearch finds every present key and no absent one");
}

void
test_lib_stdlib (void)
{
  random_init (2718);
  test_atoi ();
  test_qsort ();
  test_bsearch ();
}

/* Three-way comparison of the ints at A and B. */
static int
compare_ints (const void *a_, const void *b_)
{
  int a = *(const int *) a_;
  int b = *(const int *) b_;

  return a < b ? -1 : a > b;
}

/* compare_ints(), times the int that DIRECTION points to. */
static int
compare_ints_aux (const void *a, const void *b, void *direction)
{
  return compare_ints (a, b) * *(int *) direction;
}

/* Orders records by rank. */
static int
compare_records (const void *a, const void *b)
{
  return (((const struct record *) a)->rank
          - ((const struct record *) b)->rank);
}
