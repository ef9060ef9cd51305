/* The user programs' memory allocator: malloc(), calloc(), realloc()
   and free(), on the heap that sbrk() moves (the kernel has its own,
   threads/malloc.c, on kernel pages).

   Every block starts with an 8-byte header, just before the address
   the caller gets, saying what kind of block it is and how big; the
   header keeps every returned pointer 8-byte aligned.  There are two
   kinds:

   - Slots, for requests of up to SLOT_MAX_DATA bytes.  A slot's size,
     header included, is a power of two from 16 to 2048 bytes: its
     class.  A page is cut into slots of one class when that class has
     none free, and a freed slot goes on its class's free list, to be
     handed out again first.  Slot pages are never given back to the
     system: knowing when all of a page's slots are free would cost
     more bookkeeping than a page of small blocks is worth here.

   - Runs, for anything larger: whole pages, the header at the start of
     the first.  A freed run joins a list of free runs kept in address
     order and merged with any free run it touches.  If the merged run
     ends at the break, it goes back to the system at once (a negative
     sbrk()), so a program that frees its large buffers really shrinks
     -- the kernel releases those pages' frames and swap slots.  A free
     run that does not end at the break (a slot page or a run in use
     lies above it) waits on the list; requests for runs and for slot
     pages are carved from the first free run big enough before the
     heap is grown.

   Choices where the C standard leaves them open: malloc (0) returns a
   distinct smallest block, realloc (P, 0) frees P and returns a null
   pointer, and realloc never moves a slot to a smaller class.
   free() of a pointer this allocator did not hand out, or of a block
   already freed, is caught when the header shows it and ends the
   program through PANIC.

   The allocator only ever gives back memory that ends at the break,
   so a program may also grow the heap with sbrk() itself (never
   shrink it below what the allocator holds).  User processes have one
   thread, so nothing here is locked; a forked child simply has its
   own copy of these lists along with the heap they describe. */

#include <stdlib.h>
#include <debug.h>
#include <round.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <syscall.h>

/* The heap is grown and given back in pages. */
#define PAGE_SIZE 4096

/* What a header says about its block. */
enum block_tag
  {
    TAG_SLOT_USED = 0x5107a11c,
    TAG_SLOT_FREE = 0x5107f4ee,
    TAG_RUN_USED = 0x4a11a11c,
    TAG_RUN_FREE = 0x4a11f4ee
  };

/* In front of every block. */
struct header
  {
    uint32_t tag;               /* An enum block_tag. */
    uint32_t size;              /* Bytes in the slot or run, header
                                   included. */
  };

/* Slot classes: sizes SLOT_MIN << 0 to SLOT_MIN << (CLASS_CNT - 1). */
#define SLOT_MIN 16
#define CLASS_CNT 8
#define SLOT_MAX (SLOT_MIN << (CLASS_CNT - 1))

/* Largest request that a slot holds. */
#define SLOT_MAX_DATA (SLOT_MAX - sizeof (struct header))

/* Largest request at all: its run, rounded up to pages, must still
   be a size that sbrk() can take as a positive increment. */
#define REQUEST_MAX (INTPTR_MAX - PAGE_SIZE - sizeof (struct header))

/* A slot on its class's free list. */
struct free_slot
  {
    struct header header;       /* TAG_SLOT_FREE. */
    struct free_slot *next;
  };

/* A free run of pages. */
struct free_run
  {
    struct header header;       /* TAG_RUN_FREE. */
    struct free_run *next;      /* The next free run up in memory. */
  };

/* Free slots of each class, most recently freed first. */
static struct free_slot *free_slots[CLASS_CNT];

/* Free runs, lowest address first, none touching another. */
static struct free_run *free_runs;

/* Returns the first byte past the run or slot with header H. */
static uint8_t *
block_end (const struct header *h)
{
  return (uint8_t *) h + h->size;
}

/* Returns the header of the block in use at P, which the caller got
   from this allocator; panics, naming WHO, if P cannot be one. */
static struct header *
header_of (void *p, const char *who)
{
  struct header *h = (struct header *) p - 1;

  if ((uintptr_t) p % sizeof *h != 0
      || (h->tag != TAG_SLOT_USED && h->tag != TAG_RUN_USED))
    PANIC ("%s: %p is not a block in use", who, p);
  return h;
}

/* Pages from the system: grows the heap by SIZE bytes, a multiple of
   PAGE_SIZE, and returns their start, page-aligned even if someone
   else left the break in the middle of a page.  Returns a null
   pointer if the heap cannot grow. */
static void *
heap_grow (size_t size)
{
  uintptr_t brk = (uintptr_t) sbrk (0);
  size_t pad;
  uint8_t *old;

  if (brk == (uintptr_t) -1)
    return NULL;
  pad = ROUND_UP (brk, PAGE_SIZE) - brk;
  if (size > INTPTR_MAX - pad)
    return NULL;
  old = sbrk (pad + size);
  return old != (void *) -1 ? old + pad : NULL;
}

/* Takes the first SIZE bytes of the free run *LINK, a multiple of
   PAGE_SIZE no bigger than the run, off the list, leaving the rest
   of the run (if any) in its place.  Returns the bytes taken. */
static void *
run_take_front (struct free_run **link, size_t size)
{
  struct free_run *run = *link;

  if (run->header.size == size)
    *link = run->next;
  else
    {
      struct free_run *rest = (struct free_run *) ((uint8_t *) run + size);

      rest->header.tag = TAG_RUN_FREE;
      rest->header.size = run->header.size - size;
      rest->next = run->next;
      *link = rest;
    }
  return run;
}

/* Returns SIZE bytes of page-aligned memory, a multiple of PAGE_SIZE:
   from the first free run that is big enough, else from the system.
   Returns a null pointer if there is none to be had. */
static void *
pages_get (size_t size)
{
  struct free_run **link;

  for (link = &free_runs; *link != NULL; link = &(*link)->next)
    if ((*link)->header.size >= size)
      return run_take_front (link, size);
  return heap_grow (size);
}

/* If the highest free run ends at the break, gives it back to the
   system. */
static void
heap_trim (void)
{
  struct free_run **link = &free_runs;
  struct free_run *top;

  if (*link == NULL)
    return;
  while ((*link)->next != NULL)
    link = &(*link)->next;
  top = *link;
  if (top->header.size <= INTPTR_MAX && block_end (&top->header) == sbrk (0))
    {
      *link = NULL;
      if (sbrk (-(intptr_t) top->header.size) == (void *) -1)
        *link = top;
    }
}

/* Puts the SIZE bytes at START, page-aligned and a multiple of
   PAGE_SIZE, on the free list, merged with the free runs just below
   and just above, and gives back what ends at the break. */
static void
pages_put (void *start, size_t size)
{
  struct free_run *run = start;
  struct free_run *below = NULL;
  struct free_run **link = &free_runs;

  while (*link != NULL && *link < run)
    {
      below = *link;
      link = &below->next;
    }
  run->header.tag = TAG_RUN_FREE;
  run->header.size = size;
  run->next = *link;
  *link = run;

  if (run->next != NULL && block_end (&run->header) == (uint8_t *) run->next)
    {
      run->header.size += run->next->header.size;
      run->next = run->next->next;
    }
  if (below != NULL && block_end (&below->header) == (uint8_t *) run)
    {
      below->header.size += run->header.size;
      below->next = run->next;
    }
  heap_trim ();
}

/* Returns the smallest class whose slots hold SIZE bytes of data,
   SIZE being at most SLOT_MAX_DATA. */
static int
class_for_request (size_t size)
{
  int class = 0;

  while ((size_t) (SLOT_MIN << class) < size + sizeof (struct header))
    class++;
  return class;
}

/* Returns the class of slots of SLOT_SIZE bytes. */
static int
class_of_slot (size_t slot_size)
{
  int class = 0;

  while ((size_t) (SLOT_MIN << class) != slot_size)
    class++;
  return class;
}

/* Fills the empty free list of CLASS from a new page.  Returns false
   if no page can be had. */
static bool
slots_refill (int class)
{
  size_t slot_size = SLOT_MIN << class;
  uint8_t *page = pages_get (PAGE_SIZE);
  size_t ofs;

  if (page == NULL)
    return false;

  /* Pushed from the top of the page down, so that the slots are
     handed out in address order. */
  for (ofs = PAGE_SIZE; ofs > 0; ofs -= slot_size)
    {
      struct free_slot *slot = (struct free_slot *) (page + ofs - slot_size);

      slot->header.tag = TAG_SLOT_FREE;
      slot->header.size = slot_size;
      slot->next = free_slots[class];
      free_slots[class] = slot;
    }
  return true;
}

/* Returns the data of a free slot of CLASS, now in use, or a null
   pointer if memory has run out. */
static void *
slot_alloc (int class)
{
  struct free_slot *slot;

  if (free_slots[class] == NULL && !slots_refill (class))
    return NULL;
  slot = free_slots[class];
  free_slots[class] = slot->next;
  slot->header.tag = TAG_SLOT_USED;
  return &slot->header + 1;
}

/* Returns the bytes, header included, of the run for a request of
   SIZE bytes, which is at most REQUEST_MAX. */
static size_t
run_size_for (size_t size)
{
  return ROUND_UP (size + sizeof (struct header), PAGE_SIZE);
}

/* Returns the data of a new run for SIZE bytes, or a null pointer if
   memory has run out. */
static void *
run_alloc (size_t size)
{
  struct header *h;
  size_t run_size;

  if (size > REQUEST_MAX)
    return NULL;
  run_size = run_size_for (size);
  h = pages_get (run_size);
  if (h == NULL)
    return NULL;
  h->tag = TAG_RUN_USED;
  h->size = run_size;
  return h + 1;
}

/* Tries to make the run in use with header H hold SIZE bytes of data
   without moving it: pages past the new end go back to the free
   list; more pages come from a free run that starts where H ends, or
   from the system when H ends at the break.  Returns false if H
   cannot grow in place. */
static bool
run_resize (struct header *h, size_t size)
{
  struct free_run **link;
  size_t want, more;

  if (size > REQUEST_MAX)
    return false;
  want = run_size_for (size);
  if (want <= h->size)
    {
      if (want < h->size)
        {
          pages_put ((uint8_t *) h + want, h->size - want);
          h->size = want;
        }
      return true;
    }

  more = want - h->size;
  for (link = &free_runs; *link != NULL; link = &(*link)->next)
    if ((uint8_t *) *link == block_end (h))
      {
        if ((*link)->header.size < more)
          return false;
        run_take_front (link, more);
        h->size = want;
        return true;
      }
  if (block_end (h) != sbrk (0) || sbrk (more) == (void *) -1)
    return false;
  h->size = want;
  return true;
}

/* Returns SIZE bytes, 8-byte aligned, or a null pointer if memory has
   run out.  malloc (0) returns a block of its own too. */
void *
malloc (size_t size)
{
  if (size <= SLOT_MAX_DATA)
    return slot_alloc (class_for_request (size));
  return run_alloc (size);
}

/* Returns CNT elements of SIZE bytes each, all zero, or a null pointer
   if memory has run out or CNT * SIZE does not fit in a size_t. */
void *
calloc (size_t cnt, size_t size)
{
  void *p;

  if (size != 0 && cnt > SIZE_MAX / size)
    return NULL;
  p = malloc (cnt * size);
  if (p != NULL)
    memset (p, 0, cnt * size);
  return p;
}

/* Returns the block P (from this allocator, or null) resized to SIZE
   bytes, its first bytes unchanged up to the smaller of the two sizes.
   The block moves unless it can be resized where it is.  With a null
   P this is malloc (SIZE); with SIZE 0 it frees P and returns a null
   pointer.  If memory runs out, returns a null pointer and leaves P
   as it was. */
void *
realloc (void *p, size_t size)
{
  struct header *h;
  size_t room;
  void *moved;

  if (p == NULL)
    return malloc (size);
  if (size == 0)
    {
      free (p);
      return NULL;
    }

  h = header_of (p, "realloc");
  room = h->size - sizeof *h;
  if (h->tag == TAG_RUN_USED ? run_resize (h, size) : size <= room)
    return p;

  moved = malloc (size);
  if (moved != NULL)
    {
      memcpy (moved, p, size < room ? size : room);
      free (p);
    }
  return moved;
}

/* Gives back the block P from this allocator; P may be null. */
void
free (void *p)
{
  struct header *h;

  if (p == NULL)
    return;
  h = header_of (p, "free");
  if (h->tag == TAG_SLOT_USED)
    {
      struct free_slot *slot = (struct free_slot *) h;
      int class = class_of_slot (h->size);

      slot->header.tag = TAG_SLOT_FREE;
      slot->next = free_slots[class];
      free_slots[class] = slot;
    }
  else
    pages_put (h, h->size);
}
