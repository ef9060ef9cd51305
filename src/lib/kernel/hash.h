#ifndef __LIB_KERNEL_HASH_H
#define __LIB_KERNEL_HASH_H

/* Hash tables with separate chaining.

   Like lists, the tables are intrusive: a structure to be kept in a
   table embeds a struct hash_elem, and hash_entry() converts a
   pointer to that member back to the structure.  The user supplies
   two functions over elements: a hash function and a "less than"
   comparison; two elements are equal when neither is less than the
   other, and equal elements must hash alike.  Lookups take a dummy
   element holding just the key fields, e.g.

     struct page key;
     struct hash_elem *e;

     key.addr = upage;
     e = hash_find (&spt, &key.hash_elem);
     return e != NULL ? hash_entry (e, struct page, hash_elem) : NULL;

   A table holds at most one of each set of equal elements.  The
   table itself allocates only its bucket array (with malloc()), and
   resizes it as the element count changes to keep about two
   elements per bucket; a failed resize is harmless, merely slower.

   Tables are not synchronized; users that share one between threads
   must lock it. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "list.h"

/* A hash table element, embedded in the structure it stores. */
struct hash_elem
  {
    struct list_elem list_elem;   /* Position in its bucket's chain. */
  };

/* Converts pointer HASH_ELEM, which points to the MEMBER member of a
   STRUCT, into a pointer to that STRUCT.  The unevaluated branch
   makes the compiler check that HASH_ELEM is a struct hash_elem
   pointer. */
#define hash_entry(HASH_ELEM, STRUCT, MEMBER)                          \
  ((STRUCT *) ((uint8_t *) (1 ? (HASH_ELEM) : &((STRUCT *) 0)->MEMBER) \
               - offsetof (STRUCT, MEMBER)))

/* Returns the hash value of element E, given auxiliary data AUX. */
typedef unsigned hash_hash_func (const struct hash_elem *e, void *aux);

/* Returns true if element A is less than element B, given AUX. */
typedef bool hash_less_func (const struct hash_elem *a,
                             const struct hash_elem *b,
                             void *aux);

/* Does something to element E, given AUX. */
typedef void hash_action_func (struct hash_elem *e, void *aux);

/* A hash table.  Treat the members as private. */
struct hash
  {
    size_t elem_cnt;            /* Number of elements in the table. */
    size_t bucket_cnt;          /* Number of buckets, a power of two. */
    struct list *buckets;       /* Array of BUCKET_CNT chains. */
    hash_hash_func *hash;       /* Hash function. */
    hash_less_func *less;       /* Comparison function. */
    void *aux;                  /* Passed to HASH and LESS. */
  };

/* Position in a traversal of a hash table.  Treat the members as
   private. */
struct hash_iterator
  {
    struct hash *hash;          /* The table being traversed. */
    struct list *bucket;        /* Current bucket, or NULL at the end. */
    struct list_elem *pos;      /* Current element in BUCKET, or its
                                   head before the first element. */
  };

/* Creation and destruction.  hash_init() returns false if memory is
   short.  hash_clear() empties the table, and hash_destroy() also
   frees its buckets; both first pass each element to DESTRUCTOR, if
   it is not NULL, which may free the element's memory. */
bool hash_init (struct hash *, hash_hash_func *, hash_less_func *, void *aux);
void hash_clear (struct hash *, hash_action_func *destructor);
void hash_destroy (struct hash *, hash_action_func *destructor);

/* Search, insertion, deletion.
   hash_insert(): inserts the element unless an equal one is present;
     returns that equal element, or NULL if it inserted.
   hash_replace(): inserts the element, removing any equal one;
     returns the element removed, or NULL.
   hash_find(): returns the element equal to the one given, or NULL.
   hash_delete(): removes the element equal to the one given and
     returns it, or returns NULL if there is none. */
struct hash_elem *hash_insert (struct hash *, struct hash_elem *);
struct hash_elem *hash_replace (struct hash *, struct hash_elem *);
struct hash_elem *hash_find (struct hash *, struct hash_elem *);
struct hash_elem *hash_delete (struct hash *, struct hash_elem *);

/* Calls ACTION on every element, in no particular order.  ACTION
   must not insert into or delete from the table. */
void hash_apply (struct hash *, hash_action_func *action);

/* Iteration, in no particular order:
     struct hash_iterator i;

     hash_first (&i, h);
     while (hash_next (&i))
       {
         struct foo *f = hash_entry (hash_cur (&i), struct foo, elem);
         ...
       }
   Changing the table in any way (insert, replace, delete, clear)
   invalidates every iterator over it. */
void hash_first (struct hash_iterator *, struct hash *);
struct hash_elem *hash_next (struct hash_iterator *);
struct hash_elem *hash_cur (struct hash_iterator *);

/* Properties. */
size_t hash_size (struct hash *);
bool hash_empty (struct hash *);

/* Hash functions for elements' keys: the 32-bit FNV-1a hash of SIZE
   bytes, of a null-terminated string, and of an int's bytes. */
unsigned hash_bytes (const void *, size_t size);
unsigned hash_string (const char *);
unsigned hash_int (int);

#endif /* lib/kernel/hash.h */
