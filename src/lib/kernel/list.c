/* Doubly linked lists with head and tail sentinels.

   Invariants of a list L: L->head.prev and L->tail.next are NULL;
   following next pointers from L->head reaches L->tail, and for every
   element E other than the head, E->prev->next == E.  Interior
   elements have both pointers set, which lets the assertions below
   tell an interior element from a sentinel.  See list.h for how the
   lists are meant to be used. */

#include "list.h"
#include <debug.h>

/* Element E is a head sentinel. */
static inline bool
is_head (const struct list_elem *e)
{
  return e != NULL && e->prev == NULL && e->next != NULL;
}

/* Element E is on a list, not a sentinel. */
static inline bool
is_interior (const struct list_elem *e)
{
  return e != NULL && e->prev != NULL && e->next != NULL;
}

/* Element E is a tail sentinel. */
static inline bool
is_tail (const struct list_elem *e)
{
  return e != NULL && e->prev != NULL && e->next == NULL;
}

/* Makes A and B neighbours, A before B.  Every change to the links
   below is made of these joins, so each one keeps the prev/next
   pairing of the two elements it touches consistent by construction;
   whatever used to be next to A or B is the caller's business. */
static inline void
join (struct list_elem *a, struct list_elem *b)
{
  a->next = b;
  b->prev = a;
}

/* Makes LIST an empty list: two sentinels joined to each other, each
   with a null pointer on its outer side. */
void
list_init (struct list *list)
{
  ASSERT (list != NULL);
  join (&list->head, &list->tail);
  list->tail.next = list->head.prev = NULL;
}

/* Returns LIST's first element, or its tail if it is empty. */
struct list_elem *
list_begin (struct list *list)
{
  ASSERT (list != NULL);
  return list->head.next;
}

/* Returns the element after ELEM, which may be the list's tail.
   ELEM must be an interior element or a head. */
struct list_elem *
list_next (struct list_elem *elem)
{
  ASSERT (is_head (elem) || is_interior (elem));
  return elem->next;
}

/* Returns LIST's tail, the end marker of a forward traversal. */
struct list_elem *
list_end (struct list *list)
{
  ASSERT (list != NULL);
  return &list->tail;
}

/* Returns LIST's last element, or its head if it is empty. */
struct list_elem *
list_rbegin (struct list *list)
{
  ASSERT (list != NULL);
  return list->tail.prev;
}

/* Returns the element before ELEM, which may be the list's head.
   ELEM must be an interior element or a tail. */
struct list_elem *
list_prev (struct list_elem *elem)
{
  ASSERT (is_interior (elem) || is_tail (elem));
  return elem->prev;
}

/* Returns LIST's head, the end marker of a backward traversal. */
struct list_elem *
list_rend (struct list *list)
{
  ASSERT (list != NULL);
  return &list->head;
}

/* Returns LIST's head sentinel. */
struct list_elem *
list_head (struct list *list)
{
  ASSERT (list != NULL);
  return &list->head;
}

/* Returns LIST's tail sentinel. */
struct list_elem *
list_tail (struct list *list)
{
  ASSERT (list != NULL);
  return &list->tail;
}

/* Inserts ELEM, which must not be on any list, just before BEFORE,
   an interior element or a tail. */
void
list_insert (struct list_elem *before, struct list_elem *elem)
{
  ASSERT (elem != NULL);
  ASSERT (is_interior (before) || is_tail (before));

  join (before->prev, elem);
  join (elem, before);
}

/* Moves elements FIRST through LAST, exclusive, off whatever list
   they are on and inserts them, in order, just before BEFORE.  The
   range may be empty (FIRST == LAST); BEFORE must not lie inside
   it.  The moved elements keep their links among themselves, so only
   the two ends of the range are touched, whatever its length. */
void
list_splice (struct list_elem *before,
             struct list_elem *first, struct list_elem *last)
{
  struct list_elem *final;

  ASSERT (is_interior (before) || is_tail (before));
  if (first == last)
    return;
  final = list_prev (last);
  ASSERT (is_interior (first) && is_interior (final));

  /* Close the gap the range leaves, then hang it in front of
     BEFORE. */
  join (first->prev, last);
  join (before->prev, first);
  join (final, before);
}

/* Inserts ELEM at the front of LIST. */
void
list_push_front (struct list *list, struct list_elem *elem)
{
  list_insert (list_begin (list), elem);
}

/* Inserts ELEM at the back of LIST. */
void
list_push_back (struct list *list, struct list_elem *elem)
{
  list_insert (list_end (list), elem);
}

/* Removes interior element ELEM from its list and returns the
   element that followed it.  ELEM's own links are left stale, so it
   must not be used as a list element again until reinserted; but
   because they still point at its old neighbours, the return value
   can be read from ELEM itself.  Removing while iterating therefore
   looks like this:
     for (e = list_begin (&l); e != list_end (&l); )
       e = should_go (e) ? list_remove (e) : list_next (e); */
struct list_elem *
list_remove (struct list_elem *elem)
{
  ASSERT (is_interior (elem));
  join (elem->prev, elem->next);
  return elem->next;
}

/* Removes and returns the first element of LIST, which must not be
   empty. */
struct list_elem *
list_pop_front (struct list *list)
{
  struct list_elem *front = list_front (list);

  list_remove (front);
  return front;
}

/* Removes and returns the last element of LIST, which must not be
   empty. */
struct list_elem *
list_pop_back (struct list *list)
{
  struct list_elem *back = list_back (list);

  list_remove (back);
  return back;
}

/* Returns the first element of LIST, which must not be empty. */
struct list_elem *
list_front (struct list *list)
{
  ASSERT (!list_empty (list));
  return list->head.next;
}

/* Returns the last element of LIST, which must not be empty. */
struct list_elem *
list_back (struct list *list)
{
  ASSERT (!list_empty (list));
  return list->tail.prev;
}

/* Returns the number of elements in LIST.  The list keeps no count,
   so that insertion and removal need only the element, not the list;
   the price is this walk, O(n). */
size_t
list_size (struct list *list)
{
  struct list_elem *e = list_begin (list);
  size_t cnt = 0;

  while (e != list_end (list))
    {
      cnt++;
      e = list_next (e);
    }
  return cnt;
}

/* Returns true if LIST has no elements. */
bool
list_empty (struct list *list)
{
  return list_begin (list) == list_end (list);
}

/* Reverses the order of LIST's elements by moving each one after
   the first to the front in turn.  The relinking is left to
   list_remove() and list_push_front(), whose assertions check it. */
void
list_reverse (struct list *list)
{
  struct list_elem *e;

  if (list_empty (list))
    return;
  e = list_next (list_begin (list));
  while (e != list_end (list))
    {
      struct list_elem *moved = e;

      e = list_remove (moved);
      list_push_front (list, moved);
    }
}

/* Returns the end of the ascending run that starts at A: the first
   element after A that sorts before its predecessor, or END. */
static struct list_elem *
find_run_end (struct list_elem *a, struct list_elem *end,
              list_less_func *less, void *aux)
{
  ASSERT (a != end);
  do
    a = list_next (a);
  while (a != end && !less (a, list_prev (a), aux));
  return a;
}

/* Merges the sorted runs A...MID and MID...END (both exclusive of
   their end) into one sorted run ending before END.  Elements of the
   second run move in front of equal elements of the first only if
   they sort strictly before them, so the merge is stable. */
static void
merge_runs (struct list_elem *a, struct list_elem *mid,
            struct list_elem *end, list_less_func *less, void *aux)
{
  while (a != mid && mid != end)
    if (less (mid, a, aux))
      {
        struct list_elem *moved = mid;

        mid = list_next (mid);
        list_splice (a, moved, mid);
      }
    else
      a = list_next (a);
}

/* Sorts LIST by LESS, given AUX, stably: equal elements keep their
   order.  This is a natural merge sort: each pass merges neighbouring
   ascending runs pairwise until one run remains, taking O(n lg n)
   time and no extra space.  An already sorted list takes one pass. */
void
list_sort (struct list *list, list_less_func *less, void *aux)
{
  size_t run_cnt;

  ASSERT (list != NULL);
  ASSERT (less != NULL);

  do
    {
      struct list_elem *a = list_begin (list);

      run_cnt = 0;
      while (a != list_end (list))
        {
          struct list_elem *mid = find_run_end (a, list_end (list),
                                                less, aux);
          struct list_elem *end;

          run_cnt++;
          if (mid == list_end (list))
            break;
          end = find_run_end (mid, list_end (list), less, aux);
          merge_runs (a, mid, end, less, aux);
          a = end;
        }
    }
  while (run_cnt > 1);
}

/* Inserts ELEM into LIST, which must be sorted by LESS given AUX,
   in front of the first element that sorts after it.  Equal elements
   thus stay in insertion order, which is what makes a list kept with
   this function first-come first-served among equals (the timer's
   sleepers due at the same tick wake in the order they slept). */
void
list_insert_ordered (struct list *list, struct list_elem *elem,
                     list_less_func *less, void *aux)
{
  struct list_elem *e;

  ASSERT (list != NULL && elem != NULL && less != NULL);

  e = list_begin (list);
  while (e != list_end (list) && !less (elem, e, aux))
    e = list_next (e);
  list_insert (e, elem);
}

/* Removes from LIST every element equal (by LESS, given AUX) to the
   element before it, which in a sorted list leaves one element of
   each value.  Removed elements are appended to DUPLICATES, in
   order, unless DUPLICATES is NULL. */
void
list_unique (struct list *list, struct list *duplicates,
             list_less_func *less, void *aux)
{
  struct list_elem *kept, *next;

  ASSERT (list != NULL);
  ASSERT (less != NULL);

  if (list_empty (list))
    return;

  kept = list_begin (list);
  while ((next = list_next (kept)) != list_end (list))
    if (!less (kept, next, aux) && !less (next, kept, aux))
      {
        list_remove (next);
        if (duplicates != NULL)
          list_push_back (duplicates, next);
      }
    else
      kept = next;
}

/* Returns the element of LIST that sorts last by LESS, given AUX,
   taking the earliest of several equal ones; or list_end (LIST) if
   LIST is empty. */
struct list_elem *
list_max (struct list *list, list_less_func *less, void *aux)
{
  struct list_elem *max = list_begin (list);
  struct list_elem *e;

  if (max == list_end (list))
    return max;
  for (e = list_next (max); e != list_end (list); e = list_next (e))
    if (less (max, e, aux))
      max = e;
  return max;
}

/* Returns the element of LIST that sorts first by LESS, given AUX,
   taking the earliest of several equal ones; or list_end (LIST) if
   LIST is empty. */
struct list_elem *
list_min (struct list *list, list_less_func *less, void *aux)
{
  struct list_elem *min = list_begin (list);
  struct list_elem *e;

  if (min == list_end (list))
    return min;
  for (e = list_next (min); e != list_end (list); e = list_next (e))
    if (less (e, min, aux))
      min = e;
  return min;
}
