#ifndef __LIB_KERNEL_LIST_H
#define __LIB_KERNEL_LIST_H

/* Doubly linked lists.

   The lists are intrusive: a structure that is to be on a list
   embeds a struct list_elem member, and list operations work on
   pointers to that member.  list_entry() converts such a pointer
   back to the enclosing structure.  No operation allocates memory,
   and a structure can be on several lists at once through several
   members.  Example:

     struct frame
       {
         void *kpage;
         struct list_elem elem;
       };

     struct list frames;
     struct list_elem *e;

     list_init (&frames);
     list_push_back (&frames, &f->elem);
     for (e = list_begin (&frames); e != list_end (&frames);
          e = list_next (e))
       {
         struct frame *f = list_entry (e, struct frame, elem);
         ...
       }

   A list has two sentinel elements: a head before the first element
   and a tail after the last.  list_begin() of an empty list is its
   tail, which is also list_end(), so the loop above needs no special
   case; likewise list_insert() before the tail appends.

   Nothing here is synchronized: the user of a list that several
   threads touch must lock it.  Passing an element that is not on a
   list (or a sentinel where an interior element is required) is
   caught by assertions where that is cheap. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A list element, embedded in the structure it links. */
struct list_elem
  {
    struct list_elem *prev;     /* Previous element, or NULL for head. */
    struct list_elem *next;     /* Next element, or NULL for tail. */
  };

/* A list: just its two sentinels. */
struct list
  {
    struct list_elem head;      /* Before the first element. */
    struct list_elem tail;      /* After the last element. */
  };

/* Converts pointer LIST_ELEM, which points to the MEMBER member of a
   STRUCT, into a pointer to that STRUCT.  The unevaluated branch of
   the conditional makes the compiler warn if LIST_ELEM and MEMBER's
   address are not both pointers to struct list_elem. */
#define list_entry(LIST_ELEM, STRUCT, MEMBER)                          \
  ((STRUCT *) ((uint8_t *) (1 ? (LIST_ELEM) : &((STRUCT *) 0)->MEMBER) \
               - offsetof (STRUCT, MEMBER)))

/* Initializer for a list variable NAME, for use in a static
   definition instead of list_init():
     static struct list ready = LIST_INITIALIZER (ready); */
#define LIST_INITIALIZER(NAME) { { NULL, &(NAME).tail }, \
                                 { &(NAME).head, NULL } }

void list_init (struct list *);

/* Forward traversal: list_begin() up to but excluding list_end(). */
struct list_elem *list_begin (struct list *);
struct list_elem *list_next (struct list_elem *);
struct list_elem *list_end (struct list *);

/* Backward traversal: list_rbegin() down to but excluding
   list_rend(). */
struct list_elem *list_rbegin (struct list *);
struct list_elem *list_prev (struct list_elem *);
struct list_elem *list_rend (struct list *);

/* The sentinels themselves. */
struct list_elem *list_head (struct list *);
struct list_elem *list_tail (struct list *);

/* Insertion and removal. */
void list_insert (struct list_elem *before, struct list_elem *);
void list_splice (struct list_elem *before,
                  struct list_elem *first, struct list_elem *last);
void list_push_front (struct list *, struct list_elem *);
void list_push_back (struct list *, struct list_elem *);
struct list_elem *list_remove (struct list_elem *);
struct list_elem *list_pop_front (struct list *);
struct list_elem *list_pop_back (struct list *);

/* The first and last elements of a non-empty list. */
struct list_elem *list_front (struct list *);
struct list_elem *list_back (struct list *);

/* Properties. */
size_t list_size (struct list *);
bool list_empty (struct list *);

/* Reverses the order of the elements. */
void list_reverse (struct list *);

/* Returns true if element A sorts strictly before element B, given
   auxiliary data AUX.  It must be a strict weak order: never true
   for (A, A), and never true for both (A, B) and (B, A). */
typedef bool list_less_func (const struct list_elem *a,
                             const struct list_elem *b,
                             void *aux);

/* Operations on lists ordered by a list_less_func. */
void list_sort (struct list *, list_less_func *, void *aux);
void list_insert_ordered (struct list *, struct list_elem *,
                          list_less_func *, void *aux);
void list_unique (struct list *, struct list *duplicates,
                  list_less_func *, void *aux);

/* The greatest and least elements; see list.c for tie-breaking. */
struct list_elem *list_max (struct list *, list_less_func *, void *aux);
struct list_elem *list_min (struct list *, list_less_func *, void *aux);

#endif /* lib/kernel/list.h */
