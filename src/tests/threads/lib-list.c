/* Unit tests of lib/kernel/list: the intrusive doubly linked list.

   Each check renders a list as the keys of its elements, walking it
   forward, and also walks it backward to make sure the back links
   agree, so a broken link anywhere shows up as a mismatch with the
   expected text. */

#include <list.h>
#include <random.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"

/* A list element with a sort key and its creation order. */
struct item
  {
    int key;
    int seq;
    struct list_elem elem;
  };

#define ITEM_CNT 64
static struct item items[ITEM_CNT];

static void check_list (struct list *, const char *expected);
static void fill_list (struct list *, int cnt);
static void check_sorted_stable (struct list *, int cnt);
static list_less_func item_less;

/* Returns the item that list element E belongs to. */
static struct item *
item_of (const struct list_elem *e)
{
  return list_entry (e, struct item, elem);
}

static void
test_empty (void)
{
  struct list list;

  list_init (&list);
  EXPECT (list_empty (&list));
  EXPECT (list_size (&list) == 0);
  EXPECT (list_begin (&list) == list_end (&list));
  EXPECT (list_rbegin (&list) == list_rend (&list));
  EXPECT (list_next (list_head (&list)) == list_tail (&list));
  EXPECT (list_prev (list_tail (&list)) == list_head (&list));
  EXPECT (list_max (&list, item_less, NULL) == list_end (&list));
  EXPECT (list_min (&list, item_less, NULL) == list_end (&list));
  check_list (&list, "");
  msg ("empty list");
}

static void
test_insert_remove (void)
{
  struct list list;
  struct list_elem *e;

  fill_list (&list, 5);
  check_list (&list, "0 1 2 3 4");
  items[9].key = 9;
  list_push_front (&list, &items[9].elem);
  items[7].key = 7;
  list_insert (&items[2].elem, &items[7].elem);
  check_list (&list, "9 0 1 7 2 3 4");
  EXPECT (list_remove (&items[7].elem) == &items[2].elem);
  EXPECT (list_pop_front (&list) == &items[9].elem);
  EXPECT (list_pop_back (&list) == &items[4].elem);
  check_list (&list, "0 1 2 3");
  EXPECT (item_of (list_front (&list))->key == 0);
  EXPECT (item_of (list_back (&list))->key == 3);

  /* Removal while iterating, the way list.h recommends. */
  for (e = list_begin (&list); e != list_end (&list); )
    e = item_of (e)->key % 2 ? list_remove (e) : list_next (e);
  check_list (&list, "0 2");
  list_remove (&items[0].elem);
  list_remove (&items[2].elem);
  check_list (&list, "");
  msg ("insert and remove");
}

static void
test_splice (void)
{
  struct list a, b;
  int i;

  fill_list (&a, 6);
  list_init (&b);
  for (i = 10; i < 14; i++)
    {
      items[i].key = i;
      list_push_back (&b, &items[i].elem);
    }

  list_splice (&items[12].elem, &items[1].elem, &items[4].elem);
  check_list (&a, "0 4 5");
  check_list (&b, "10 11 1 2 3 12 13");

  list_splice (list_begin (&b), &items[4].elem, &items[4].elem);
  check_list (&a, "0 4 5");
  check_list (&b, "10 11 1 2 3 12 13");

  list_splice (list_end (&b), list_begin (&a), list_end (&a));
  check_list (&a, "");
  check_list (&b, "10 11 1 2 3 12 13 0 4 5");

  list_splice (list_end (&b), list_begin (&b), &items[2].elem);
  check_list (&b, "2 3 12 13 0 4 5 10 11 1");
  msg ("splice");
}

static void
test_reverse (void)
{
  static const char *reversed[] = {"", "0", "1 0", "2 1 0", "6 5 4 3 2 1 0"};
  static const int sizes[] = {0, 1, 2, 3, 7};
  struct list list;
  size_t i;

  for (i = 0; i < sizeof sizes / sizeof *sizes; i++)
    {
      fill_list (&list, sizes[i]);
      list_reverse (&list);
      check_list (&list, reversed[i]);
      list_reverse (&list);
      EXPECT (list_size (&list) == (size_t) sizes[i]);
      check_sorted_stable (&list, sizes[i]);
    }
  msg ("reverse");
}

/* Gives every item a random key below RANGE, and its index as seq. */
static void
randomize_keys (int range)
{
  int i;

  for (i = 0; i < ITEM_CNT; i++)
    {
      items[i].key = random_ulong () % range;
      items[i].seq = i;
    }
}

static void
test_sort (void)
{
  int descending = -1;
  struct list list;

  /* Few distinct keys, so stability matters. */
  fill_list (&list, ITEM_CNT);
  randomize_keys (8);
  list_sort (&list, item_less, NULL);
  check_sorted_stable (&list, ITEM_CNT);
  list_sort (&list, item_less, NULL);
  check_sorted_stable (&list, ITEM_CNT);

  /* AUX reaches the comparison: sort descending, then back. */
  fill_list (&list, 10);
  list_sort (&list, item_less, &descending);
  check_list (&list, "9 8 7 6 5 4 3 2 1 0");
  list_sort (&list, item_less, NULL);
  check_list (&list, "0 1 2 3 4 5 6 7 8 9");

  fill_list (&list, 1);
  list_sort (&list, item_less, NULL);
  check_list (&list, "0");
  list_init (&list);
  list_sort (&list, item_less, NULL);
  check_list (&list, "");
  msg ("sort is stable");
}

static void
test_insert_ordered (void)
{
  struct list list;
  int i;

  randomize_keys (10);
  list_init (&list);
  for (i = 0; i < ITEM_CNT; i++)
    list_insert_ordered (&list, &items[i].elem, item_less, NULL);
  check_sorted_stable (&list, ITEM_CNT);
  msg ("insert_ordered keeps order and insertion order of equal keys");
}

/* Makes LIST hold items 0...CNT-1 with the keys in KEYS. */
static void
build_list (struct list *list, const int *keys, int cnt)
{
  int i;

  list_init (list);
  for (i = 0; i < cnt; i++)
    {
      items[i].key = keys[i];
      items[i].seq = i;
      list_push_back (list, &items[i].elem);
    }
}

static void
test_unique (void)
{
  static const int keys[] = {1, 1, 2, 3, 3, 3, 4};
  const int key_cnt = sizeof keys / sizeof *keys;
  struct list list, duplicates;

  build_list (&list, keys, key_cnt);
  list_init (&duplicates);
  list_unique (&list, &duplicates, item_less, NULL);
  check_list (&list, "1 2 3 4");
  check_list (&duplicates, "1 3 3");
  EXPECT (list_front (&list) == &items[0].elem);
  EXPECT (list_next (list_next (list_front (&list))) == &items[3].elem);
  EXPECT (list_front (&duplicates) == &items[1].elem);
  EXPECT (list_back (&duplicates) == &items[5].elem);

  build_list (&list, keys, key_cnt);
  list_unique (&list, NULL, item_less, NULL);
  check_list (&list, "1 2 3 4");
  list_init (&list);
  list_unique (&list, NULL, item_less, NULL);
  check_list (&list, "");
  msg ("unique");
}

static void
test_min_max (void)
{
  static const int keys[] = {3, 7, 1, 7, 1, 5};
  struct list list;

  build_list (&list, keys, sizeof keys / sizeof *keys);
  EXPECT (list_max (&list, item_less, NULL) == &items[1].elem);
  EXPECT (list_min (&list, item_less, NULL) == &items[2].elem);
  build_list (&list, keys, 1);
  EXPECT (list_max (&list, item_less, NULL) == &items[0].elem);
  EXPECT (list_min (&list, item_less, NULL) == &items[0].elem);
  msg ("min and max pick the earliest of equals");
}

void
test_lib_list (void)
{
  random_init (1234);
  test_empty ();
  test_insert_remove ();
  test_splice ();
  test_reverse ();
  test_sort ();
  test_insert_ordered ();
  test_unique ();
  test_min_max ();
}

/* Orders items by key; if AUX is not null, it points to -1 and the
   order is reversed. */
static bool
item_less (const struct list_elem *a, const struct list_elem *b, void *aux)
{
  int direction = aux != NULL ? *(int *) aux : 1;

  return (item_of (a)->key - item_of (b)->key) * direction < 0;
}

/* Makes LIST hold items 0...CNT-1, whose key and seq are their
   index. */
static void
fill_list (struct list *list, int cnt)
{
  int i;

  list_init (list);
  for (i = 0; i < cnt; i++)
    {
      items[i].key = i;
      items[i].seq = i;
      list_push_back (list, &items[i].elem);
    }
}

/* Fails unless LIST's keys, in order, spell EXPECTED (separated by
   single spaces), and its backward links agree with its forward
   ones. */
static void
check_list (struct list *list, const char *expected)
{
  char text[ITEM_CNT * 4];
  struct list_elem *e;
  size_t len = 0, cnt = 0;

  text[0] = '\0';
  for (e = list_begin (list); e != list_end (list); e = list_next (e))
    {
      EXPECT (list_prev (list_next (e)) == e);
      len += snprintf (text + len, sizeof text - len, "%s%d",
                       cnt++ ? " " : "", item_of (e)->key);
      EXPECT (len < sizeof text);
    }
  for (e = list_rbegin (list); e != list_rend (list); e = list_prev (e))
    cnt--;
  EXPECT (cnt == 0);
  EXPECT (list_next (list_prev (list_begin (list))) == list_begin (list));
  if (strcmp (text, expected))
    fail ("list is \"%s\", expected \"%s\"", text, expected);
}

/* Fails unless LIST has CNT items, with keys in ascending order and
   equal keys in ascending seq order. */
static void
check_sorted_stable (struct list *list, int cnt)
{
  struct list_elem *e;
  int seen = 0;

  for (e = list_begin (list); e != list_end (list); e = list_next (e))
    {
      seen++;
      if (e != list_begin (list))
        {
          const struct item *prev = item_of (list_prev (e));
          const struct item *cur = item_of (e);

          if (prev->key > cur->key
              || (prev->key == cur->key && prev->seq > cur->seq))
            fail ("(key %d, seq %d) before (key %d, seq %d)",
                  prev->key, prev->seq, cur->key, cur->seq);
        }
    }
  EXPECT (seen == cnt);
}
