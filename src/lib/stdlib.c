/* Number conversion, sorting and searching.

   Sorting is a heap sort over an array of opaque elements: it needs
   no memory beyond the array, which matters in a kernel that may
   sort before (or without) a heap, and its worst case is
   O(n lg n).  The comparison-with-AUX variants do the work; the
   standard-C entry points adapt their callers' functions to them. */

#include <stdlib.h>
#include <ctype.h>
#include <debug.h>
#include <stdbool.h>

/* Returns the value of the decimal number at the start of STRING. */
int
atoi (const char *string)
{
  bool negative = false;
  unsigned int value = 0;

  ASSERT (string != NULL);

  while (isspace ((unsigned char) *string))
    string++;
  if (*string == '+' || *string == '-')
    negative = *string++ == '-';
  for (; isdigit ((unsigned char) *string); string++)
    value = value * 10 + (*string - '0');

  /* Negating in unsigned arithmetic makes "-2147483648" work. */
  return negative ? (int) -value : (int) value;
}

/* Returns the absolute value of N. */
int
abs (int n)
{
  return n < 0 ? -n : n;
}

/* An array being sorted, with its comparison function.  Element
   numbers passed to the helpers below count from 1, which keeps the
   heap arithmetic simple: the children of node N are 2N and 2N+1. */
struct sort_array
  {
    unsigned char *base;        /* First element. */
    size_t size;                /* Bytes per element. */
    int (*compare) (const void *, const void *, void *aux);
    void *aux;
  };

/* Returns the address of element N (1-based) of A. */
static void *
element (const struct sort_array *a, size_t n)
{
  return a->base + (n - 1) * a->size;
}

/* True if element X of A sorts before element Y. */
static bool
sorts_before (const struct sort_array *a, size_t x, size_t y)
{
  return a->compare (element (a, x), element (a, y), a->aux) < 0;
}

/* Exchanges elements X and Y of A. */
static void
swap_elements (const struct sort_array *a, size_t x, size_t y)
{
  unsigned char *p = element (a, x);
  unsigned char *q = element (a, y);
  size_t i;

  for (i = 0; i < a->size; i++)
    {
      unsigned char t = p[i];
      p[i] = q[i];
      q[i] = t;
    }
}

/* Restores the max-heap property among elements 1...CNT of A below
   node N, assuming both of N's subtrees are already heaps, by moving
   N's element down to where it belongs. */
static void
sift_down (const struct sort_array *a, size_t n, size_t cnt)
{
  for (;;)
    {
      size_t left = 2 * n;
      size_t right = left + 1;
      size_t largest = n;

      if (left <= cnt && sorts_before (a, largest, left))
        largest = left;
      if (right <= cnt && sorts_before (a, largest, right))
        largest = right;
      if (largest == n)
        return;

      swap_elements (a, n, largest);
      n = largest;
    }
}

/* Sorts ARRAY (CNT elements of SIZE bytes) into ascending order per
   COMPARE, passing AUX through to it. */
void
sort (void *array, size_t cnt, size_t size,
      int (*compare) (const void *, const void *, void *aux), void *aux)
{
  struct sort_array a;
  size_t n;

  ASSERT (array != NULL || cnt == 0);
  ASSERT (compare != NULL);
  ASSERT (size > 0);

  a.base = array;
  a.size = size;
  a.compare = compare;
  a.aux = aux;

  /* Arrange the elements into a heap with the largest at the root,
     then repeatedly move the root to the end of the shrinking heap. */
  for (n = cnt / 2; n > 0; n--)
    sift_down (&a, n, cnt);
  for (n = cnt; n > 1; n--)
    {
      swap_elements (&a, 1, n);
      sift_down (&a, 1, n - 1);
    }
}

/* Calls the standard-C comparison function that AUX points to. */
static int
call_plain_compare (const void *x, const void *y, void *aux)
{
  int (**compare) (const void *, const void *) = aux;

  return (*compare) (x, y);
}

/* Sorts as sort() does, for a comparison function without AUX. */
void
qsort (void *array, size_t cnt, size_t size,
       int (*compare) (const void *, const void *))
{
  sort (array, cnt, size, call_plain_compare, &compare);
}

/* Finds KEY in the sorted ARRAY as described in stdlib.h, passing AUX
   to COMPARE. */
void *
binary_search (const void *key, const void *array, size_t cnt, size_t size,
               int (*compare) (const void *, const void *, void *aux),
               void *aux)
{
  const unsigned char *base = array;

  ASSERT (array != NULL || cnt == 0);
  ASSERT (compare != NULL);

  /* Each pass halves the range [BASE, BASE + CNT) that may hold KEY. */
  while (cnt > 0)
    {
      const unsigned char *middle = base + cnt / 2 * size;
      int cmp = compare (key, middle, aux);

      if (cmp == 0)
        return (void *) middle;
      if (cmp > 0)
        {
          base = middle + size;
          cnt -= cnt / 2 + 1;
        }
      else
        cnt /= 2;
    }
  return NULL;
}

/* Finds KEY as binary_search() does, for a comparison function
   without AUX. */
void *
bsearch (const void *key, const void *array, size_t cnt, size_t size,
         int (*compare) (const void *, const void *))
{
  return binary_search (key, array, cnt, size, call_plain_compare, &compare);
}
