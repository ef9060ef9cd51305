/* Unit tests of lib/kernel/hash: the chained hash table.

   Thousands of entries go in, which makes the table resize its bucket
   array several times on the way up and again on the way down as
   they are deleted; after every phase each key must be found (or not)
   exactly as expected and an iteration must visit every entry once.
   A table whose hash function sends everything to one bucket must
   still be correct, only slower.  The hash functions themselves must
   agree with each other.  Destroying the table hands each entry to
   the destructor once and gives back all its memory. */

#include <hash.h>
#include <random.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "threads/malloc.h"
#include "threads/palloc.h"

/* A table entry: KEY is what the table compares, VALUE rides along. */
struct entry
  {
    int key;
    int value;
    bool in_table;              /* Whether the test put it there. */
    int visits;                 /* Times an iteration reached it. */
    struct hash_elem elem;
  };

#define ENTRY_CNT 5000

static struct entry *entries;

static hash_hash_func entry_hash, constant_hash;
static hash_less_func entry_less;
static hash_action_func count_destroyed, add_value;

/* Key of entry I: distinct, scattered, some negative. */
static int
key_of (int i)
{
  return (i * 7919) % 100003 - 50000;
}

/* Returns the table's entry with KEY, or NULL. */
static struct entry *
lookup (struct hash *h, int key)
{
  struct entry probe;
  struct hash_elem *e;

  probe.key = key;
  e = hash_find (h, &probe.elem);
  return e != NULL ? hash_entry (e, struct entry, elem) : NULL;
}

/* Fails unless H holds exactly the entries marked in_table among the
   first CNT, each found by key and each visited once by an iterator. */
static void
check_table (struct hash *h, int cnt)
{
  struct hash_iterator it;
  size_t expected = 0, visited = 0;
  int i;

  for (i = 0; i < cnt; i++)
    {
      struct entry *found = lookup (h, entries[i].key);

      entries[i].visits = 0;
      if (entries[i].in_table)
        {
          expected++;
          if (found != &entries[i])
            fail ("key %d: found %p, expected %p",
                  entries[i].key, found, &entries[i]);
        }
      else if (found != NULL)
        fail ("key %d found, but it is not in the table", entries[i].key);
    }
  EXPECT (hash_size (h) == expected);
  EXPECT (hash_empty (h) == (expected == 0));

  hash_first (&it, h);
  while (hash_next (&it))
    {
      struct entry *e = hash_entry (hash_cur (&it), struct entry, elem);

      EXPECT (e >= entries && e < entries + cnt);
      EXPECT (e->in_table);
      e->visits++;
      visited++;
    }
  EXPECT (hash_next (&it) == NULL);
  EXPECT (visited == expected);
  for (i = 0; i < cnt; i++)
    EXPECT (entries[i].visits == (entries[i].in_table ? 1 : 0));
}

/* Inserts the first CNT entries into H, checking hash_insert()'s
   answers, including for a second entry with an existing key. */
static void
insert_all (struct hash *h, int cnt)
{
  struct entry twin;
  int i;

  for (i = 0; i < cnt; i++)
    {
      entries[i].key = key_of (i);
      entries[i].value = i;
      entries[i].in_table = true;
      if (hash_insert (h, &entries[i].elem) != NULL)
        fail ("inserting new key %d found an equal one", entries[i].key);
    }
  twin.key = entries[cnt / 2].key;
  EXPECT (hash_insert (h, &twin.elem) == &entries[cnt / 2].elem);
  EXPECT (lookup (h, twin.key) == &entries[cnt / 2]);
}

/* Replacing entries, and looking up, deleting and replacing absent
   keys, in table H of ENTRY_CNT entries. */
static void
test_replace_and_absent (struct hash *h)
{
  struct entry replacement, missing;
  int i;

  for (i = 0; i < 10; i++)
    EXPECT (lookup (h, 60000 + i) == NULL);
  missing.key = 60000;
  EXPECT (hash_delete (h, &missing.elem) == NULL);

  replacement.key = entries[17].key;
  EXPECT (hash_replace (h, &replacement.elem) == &entries[17].elem);
  EXPECT (lookup (h, replacement.key) == &replacement);
  EXPECT (hash_size (h) == ENTRY_CNT);
  EXPECT (hash_replace (h, &entries[17].elem) == &replacement.elem);
  missing.key = 70000;
  EXPECT (hash_replace (h, &missing.elem) == NULL);
  EXPECT (hash_delete (h, &missing.elem) == &missing.elem);
  check_table (h, ENTRY_CNT);
  msg ("replace swaps entries, lookups of absent keys fail");
}

/* Deletes all but 10 of the ENTRY_CNT entries of H, in an order
   unrelated to insertion, so the table shrinks. */
static void
test_delete_most (struct hash *h)
{
  int i;

  for (i = 0; i < ENTRY_CNT - 10; i++)
    {
      struct entry *e = &entries[(i * 37) % ENTRY_CNT];
      struct entry probe;

      probe.key = e->key;
      if (hash_delete (h, &probe.elem) != &e->elem)
        fail ("deleting key %d", e->key);
      e->in_table = false;
      if (i % 1000 == 0)
        check_table (h, ENTRY_CNT);
    }
  check_table (h, ENTRY_CNT);
  msg ("deleted down to 10 entries");
}

static void
test_big_table (void)
{
  struct hash h;
  int i, sum = 0;

  EXPECT (hash_init (&h, entry_hash, entry_less, NULL));
  check_table (&h, 0);
  insert_all (&h, ENTRY_CNT);
  check_table (&h, ENTRY_CNT);
  msg ("%d entries inserted, all found, iteration visits each once",
       ENTRY_CNT);

  test_replace_and_absent (&h);

  hash_apply (&h, add_value);
  for (i = 0; i < ENTRY_CNT; i++)
    sum += entries[i].value;
  EXPECT (sum == 2 * (ENTRY_CNT * (ENTRY_CNT - 1) / 2));
  msg ("hash_apply reaches every entry");

  test_delete_most (&h);
  hash_destroy (&h, NULL);
}

static void
test_clear_and_destroy (void)
{
  struct hash h;
  int i, destroyed = 0;

  EXPECT (hash_init (&h, entry_hash, entry_less, &destroyed));
  insert_all (&h, 300);
  hash_clear (&h, count_destroyed);
  EXPECT (destroyed == 300);
  EXPECT (hash_size (&h) == 0 && hash_empty (&h));
  for (i = 0; i < 300; i++)
    entries[i].in_table = false;
  check_table (&h, 300);
  insert_all (&h, 300);
  hash_destroy (&h, count_destroyed);
  EXPECT (destroyed == 600);
  msg ("clear and destroy pass every entry to the destructor");
}

static void
test_one_bucket (void)
{
  struct hash h;
  int i;

  EXPECT (hash_init (&h, constant_hash, entry_less, NULL));
  insert_all (&h, 400);
  check_table (&h, 400);
  for (i = 0; i < 400; i += 2)
    {
      EXPECT (hash_delete (&h, &entries[i].elem) == &entries[i].elem);
      entries[i].in_table = false;
    }
  check_table (&h, 400);
  hash_destroy (&h, NULL);
  msg ("a table with every entry in one bucket works");
}

static void
test_hash_functions (void)
{
  static const char text[] = "Pintos";
  uint8_t bytes[64];
  int i;

  random_bytes (bytes, sizeof bytes);
  EXPECT (hash_bytes (bytes, sizeof bytes)
          == hash_bytes (bytes, sizeof bytes));
  EXPECT (hash_string (text) == hash_bytes (text, strlen (text)));
  EXPECT (hash_string ("") == hash_bytes (text, 0));
  for (i = -5; i < 5; i++)
    EXPECT (hash_int (i) == hash_bytes (&i, sizeof i));
  EXPECT (hash_int (1) != hash_int (2));
  EXPECT (hash_string ("ab") != hash_string ("ba"));
  msg ("hash_bytes, hash_string and hash_int agree");
}

void
test_lib_hash (void)
{
  size_t free_pages = palloc_count_free (0);

  random_init (99);
  entries = malloc (sizeof *entries * ENTRY_CNT);
  EXPECT (entries != NULL);
  test_big_table ();
  test_clear_and_destroy ();
  test_one_bucket ();
  test_hash_functions ();
  free (entries);
  EXPECT (palloc_count_free (0) == free_pages);
  msg ("no memory leaked");
}

/* Hashes an entry's key. */
static unsigned
entry_hash (const struct hash_elem *e, void *aux UNUSED)
{
  return hash_int (hash_entry (e, struct entry, elem)->key);
}

/* A legal but terrible hash: everything collides. */
static unsigned
constant_hash (const struct hash_elem *e UNUSED, void *aux UNUSED)
{
  return 42;
}

/* Orders entries by key. */
static bool
entry_less (const struct hash_elem *a, const struct hash_elem *b,
            void *aux UNUSED)
{
  return (hash_entry (a, struct entry, elem)->key
          < hash_entry (b, struct entry, elem)->key);
}

/* Destructor: counts calls in the int that the table's AUX points
   to. */
static void
count_destroyed (struct hash_elem *e UNUSED, void *destroyed)
{
  ++*(int *) destroyed;
}

/* Doubles an entry's value. */
static void
add_value (struct hash_elem *e, void *aux UNUSED)
{
  hash_entry (e, struct entry, elem)->value *= 2;
}
