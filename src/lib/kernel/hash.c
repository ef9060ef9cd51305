/* Chained hash tables.

   Each bucket is a list of elements whose hashes agree in their low
   bits; the number of buckets is always a power of two, so a hash
   maps to bucket (hash & (bucket_cnt - 1)).  After every insertion
   or deletion the table checks its load, and if it has drifted far
   from the ideal of two elements per bucket (above four, or below
   one half) it moves all elements into a freshly allocated bucket
   array sized for the ideal.  Keeping that slack between the resize
   thresholds means a table hovering around one size is not rebuilt
   on every operation.  If allocation fails the table keeps working
   with the old array.

   The element count and the bucket array belong to the table and
   change only inside these functions; see hash.h for the rules on
   synchronization and on changing a table while iterating over it. */

#include "hash.h"
#include <debug.h>
#include "threads/malloc.h"

/* Bucket count of a new or emptied table. */
#define MIN_BUCKETS 4

/* Target and limits of elements per bucket. */
#define IDEAL_LOAD 2
#define MAX_LOAD 4

/* Converts a list element inside a bucket to its hash element. */
#define list_elem_to_hash_elem(LIST_ELEM)                       \
  list_entry (LIST_ELEM, struct hash_elem, list_elem)

/* Gives H a new array of BUCKET_CNT empty buckets.  The old array,
   if any, and the elements in it are left for the caller to deal
   with.  Returns false, changing nothing, if memory is short. */
static bool
allocate_buckets (struct hash *h, size_t bucket_cnt)
{
  struct list *buckets = malloc (sizeof *buckets * bucket_cnt);
  size_t i;

  if (buckets == NULL)
    return false;
  for (i = 0; i < bucket_cnt; i++)
    list_init (&buckets[i]);
  h->buckets = buckets;
  h->bucket_cnt = bucket_cnt;
  return true;
}

/* Initializes H as an empty table using HASH and LESS, which are
   passed AUX.  Returns false if memory is short. */
bool
hash_init (struct hash *h, hash_hash_func *hash, hash_less_func *less,
           void *aux)
{
  ASSERT (h != NULL);
  ASSERT (hash != NULL);
  ASSERT (less != NULL);

  h->elem_cnt = 0;
  h->hash = hash;
  h->less = less;
  h->aux = aux;
  return allocate_buckets (h, MIN_BUCKETS);
}

/* Removes every element from H, first passing each to DESTRUCTOR if
   that is not NULL.  DESTRUCTOR may free the element, since it is
   already unlinked when called. */
void
hash_clear (struct hash *h, hash_action_func *destructor)
{
  size_t i;

  for (i = 0; i < h->bucket_cnt; i++)
    {
      struct list *bucket = &h->buckets[i];

      while (!list_empty (bucket))
        {
          struct list_elem *e = list_pop_front (bucket);
          if (destructor != NULL)
            destructor (list_elem_to_hash_elem (e), h->aux);
        }
    }
  h->elem_cnt = 0;
}

/* Empties H as hash_clear() does, then frees its bucket array.  H
   must be initialized again before further use. */
void
hash_destroy (struct hash *h, hash_action_func *destructor)
{
  hash_clear (h, destructor);
  free (h->buckets);
  h->buckets = NULL;
  h->bucket_cnt = 0;
}

/* Returns the bucket that elements equal to E belong in. */
static struct list *
find_bucket (struct hash *h, const struct hash_elem *e)
{
  size_t index = h->hash (e, h->aux) & (h->bucket_cnt - 1);

  return &h->buckets[index];
}

/* Returns the element of BUCKET in H that equals E, or NULL. */
static struct hash_elem *
find_in_bucket (struct hash *h, struct list *bucket,
                const struct hash_elem *e)
{
  struct list_elem *i;

  for (i = list_begin (bucket); i != list_end (bucket); i = list_next (i))
    {
      struct hash_elem *candidate = list_elem_to_hash_elem (i);
      if (!h->less (candidate, e, h->aux) && !h->less (e, candidate, h->aux))
        return candidate;
    }
  return NULL;
}

/* Returns the largest power of two not above X, which must be
   nonzero. */
static size_t
round_down_to_power_of_2 (size_t x)
{
  size_t power = 1;

  while (power <= x / 2)
    power *= 2;
  return power;
}

/* Resizes H's bucket array for the ideal load if its current load is
   outside the allowed range.  Leaves H as it is if memory is
   short. */
static void
rehash (struct hash *h)
{
  size_t new_cnt = h->elem_cnt / IDEAL_LOAD;
  struct list *old_buckets = h->buckets;
  size_t old_cnt = h->bucket_cnt;
  size_t i;

  new_cnt = new_cnt < MIN_BUCKETS ? MIN_BUCKETS
            : round_down_to_power_of_2 (new_cnt);
  if (new_cnt == old_cnt
      || (h->elem_cnt <= old_cnt * MAX_LOAD
          && h->elem_cnt * 2 >= old_cnt))
    return;

  if (!allocate_buckets (h, new_cnt))
    return;
  for (i = 0; i < old_cnt; i++)
    while (!list_empty (&old_buckets[i]))
      {
        struct list_elem *e = list_pop_front (&old_buckets[i]);
        list_push_back (find_bucket (h, list_elem_to_hash_elem (e)), e);
      }
  free (old_buckets);
}

/* Inserts NEW into H unless an equal element is already there.
   Returns that equal element, or NULL if NEW was inserted. */
struct hash_elem *
hash_insert (struct hash *h, struct hash_elem *new)
{
  struct list *bucket = find_bucket (h, new);
  struct hash_elem *old = find_in_bucket (h, bucket, new);

  if (old != NULL)
    return old;
  list_push_front (bucket, &new->list_elem);
  h->elem_cnt++;
  rehash (h);
  return NULL;
}

/* Inserts NEW into H, first removing an equal element if there is
   one.  Returns the removed element, or NULL. */
struct hash_elem *
hash_replace (struct hash *h, struct hash_elem *new)
{
  struct list *bucket = find_bucket (h, new);
  struct hash_elem *old = find_in_bucket (h, bucket, new);

  if (old != NULL)
    {
      list_remove (&old->list_elem);
      h->elem_cnt--;
    }
  list_push_front (bucket, &new->list_elem);
  h->elem_cnt++;
  rehash (h);
  return old;
}

/* Returns the element of H equal to E, or NULL. */
struct hash_elem *
hash_find (struct hash *h, struct hash_elem *e)
{
  return find_in_bucket (h, find_bucket (h, e), e);
}

/* Removes the element of H equal to E and returns it, or returns
   NULL if there is none.  The caller may then free the element. */
struct hash_elem *
hash_delete (struct hash *h, struct hash_elem *e)
{
  struct hash_elem *found = find_in_bucket (h, find_bucket (h, e), e);

  if (found != NULL)
    {
      list_remove (&found->list_elem);
      h->elem_cnt--;
      rehash (h);
    }
  return found;
}

/* Calls ACTION on every element of H, passing the table's AUX.
   ACTION may change an element's data but not its key, and must not
   insert or delete, since the walk is an ordinary iteration. */
void
hash_apply (struct hash *h, hash_action_func *action)
{
  struct hash_iterator it;

  ASSERT (action != NULL);

  hash_first (&it, h);
  while (hash_next (&it) != NULL)
    action (hash_cur (&it), h->aux);
}

/* Starts iterator I at the beginning of H; the first hash_next()
   returns the first element. */
void
hash_first (struct hash_iterator *i, struct hash *h)
{
  ASSERT (i != NULL);
  ASSERT (h != NULL);

  i->hash = h;
  i->bucket = h->buckets;
  i->pos = list_head (i->bucket);
}

/* Advances I to the next element of its table and returns it, or
   returns NULL, and stays there, once all elements have been
   visited. */
struct hash_elem *
hash_next (struct hash_iterator *i)
{
  struct list *last_bucket;

  ASSERT (i != NULL);
  if (i->bucket == NULL)
    return NULL;

  last_bucket = &i->hash->buckets[i->hash->bucket_cnt - 1];
  i->pos = list_next (i->pos);
  while (i->pos == list_end (i->bucket))
    {
      if (i->bucket == last_bucket)
        {
          i->bucket = NULL;
          i->pos = NULL;
          return NULL;
        }
      i->bucket++;
      i->pos = list_begin (i->bucket);
    }
  return list_elem_to_hash_elem (i->pos);
}

/* Returns the element I is at: the one the last hash_next() returned,
   or NULL at the end.  Must not be called before the first
   hash_next(). */
struct hash_elem *
hash_cur (struct hash_iterator *i)
{
  ASSERT (i != NULL);
  ASSERT (i->bucket == NULL || i->pos != list_head (i->bucket));
  return i->pos != NULL ? list_elem_to_hash_elem (i->pos) : NULL;
}

/* Returns the number of elements in H. */
size_t
hash_size (struct hash *h)
{
  return h->elem_cnt;
}

/* Returns true if H has no elements. */
bool
hash_empty (struct hash *h)
{
  return h->elem_cnt == 0;
}

/* Parameters of the 32-bit FNV-1a hash. */
#define FNV_32_OFFSET_BASIS 2166136261u
#define FNV_32_PRIME 16777619u

/* Mixes BYTE into the FNV-1a hash value HASH. */
static inline unsigned
fnv_step (unsigned hash, unsigned char byte)
{
  return (hash ^ byte) * FNV_32_PRIME;
}

/* Returns the hash of the SIZE bytes at BUF. */
unsigned
hash_bytes (const void *buf, size_t size)
{
  const unsigned char *bytes = buf;
  unsigned hash = FNV_32_OFFSET_BASIS;

  ASSERT (bytes != NULL || size == 0);

  while (size-- > 0)
    hash = fnv_step (hash, *bytes++);
  return hash;
}

/* Returns the hash of string S, not counting its null terminator. */
unsigned
hash_string (const char *s)
{
  unsigned hash = FNV_32_OFFSET_BASIS;

  ASSERT (s != NULL);

  while (*s != '\0')
    hash = fnv_step (hash, *s++);
  return hash;
}

/* Returns the hash of integer I. */
unsigned
hash_int (int i)
{
  return hash_bytes (&i, sizeof i);
}
