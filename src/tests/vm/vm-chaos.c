/* A hostile mix of everything beyond Pintos, run by forked children
   one after another.  Each child takes STEP_CNT random steps: it moves
   the break with sbrk() (by small amounts, by 512 MB, and below the
   heap's start), writes and reads heap pages, maps a file just above
   the break or, wrongly, over the heap, reads the file into heap pages
   with read(), and forks a grandchild that changes its own copy.  The
   child knows what every answer must be and what every heap page must
   hold, and fails the test on any difference.  Every third child ends
   with a wild write that must kill it (exit status -1).  The common
   checks then require that the kernel lived and leaked nothing. */

#include <random.h>
#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/pattern.h"

#define CHILD_CNT 24
#define STEP_CNT 150

/* The child keeps its heap under this size, so that it fits in memory
   beside a grandchild's copies. */
#define HEAP_LIMIT (512 * 1024)
#define HEAP_PAGES (HEAP_LIMIT / PAGE_SIZE)

/* The file the children map, and its length. */
#define FILE_NAME "chaos.dat"
#define FILE_PAGES 3
#define FILE_SIZE (FILE_PAGES * PAGE_SIZE)

/* A growth that must fail whenever a mapping sits above the break. */
#define HUGE_GROWTH (512 * 1024 * 1024)

/* What a grandchild exits with. */
#define GRANDCHILD_STATUS 77

/* The child's view of its heap.  STAMP[P] is the word the child last
   wrote at the start of heap page P, or 0 if it wrote none since the
   page became part of the heap: a fresh heap page reads as zeros. */
static uint8_t *base;
static uint8_t *brk_now;
static uint32_t stamp[HEAP_PAGES];

/* The mapping the child holds, if MAPPED. */
static bool mapped;
static mapid_t map_id;
static uint8_t *map_addr;

static int file_fd;

/* Byte I of the file. */
static uint8_t
file_byte (size_t i)
{
  return (uint8_t) (i * 7 + 3);
}

static uint32_t
next_random (uint32_t limit)
{
  return random_ulong () % limit;
}

static uintptr_t
round_up (uintptr_t x)
{
  return (x + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
}

/* Heap pages whose start lies below the break. */
static size_t
heap_pages (void)
{
  return round_up ((uintptr_t) (brk_now - base)) / PAGE_SIZE;
}

static uint32_t *
page_word (size_t page)
{
  return (uint32_t *) (base + page * PAGE_SIZE);
}

/* Fails unless every heap page holds what the child last wrote. */
static void
check_heap (const char *when)
{
  size_t p;

  for (p = 0; p < heap_pages (); p++)
    if (*page_word (p) != stamp[p])
      fail ("%s: heap page %zu holds 0x%08x, not 0x%08x",
            when, p, *page_word (p), stamp[p]);
}

/* True if a heap ending at NEW_BRK would reach the mapping. */
static bool
reaches_mapping (uintptr_t new_brk)
{
  return mapped && round_up (new_brk) > (uintptr_t) map_addr;
}

/* Moves the break by INCREMENT and checks the answer; forgets the
   contents of pages that leave the heap. */
static void
move_break (intptr_t increment)
{
  uintptr_t old = (uintptr_t) brk_now;
  uintptr_t wanted = old + increment;
  bool must_work = (wanted >= (uintptr_t) base
                    && !reaches_mapping (wanted));
  void *got = sbrk (increment);
  size_t p;

  if (!must_work)
    {
      if (got != (void *) -1)
        fail ("sbrk (%d) from %p worked but should not", increment, brk_now);
      if (sbrk (0) != brk_now)
        fail ("a failed sbrk moved the break");
      return;
    }
  if (got != brk_now)
    fail ("sbrk (%d) returned %p, not the old break %p",
          increment, got, brk_now);
  brk_now = (uint8_t *) wanted;
  for (p = heap_pages (); p < HEAP_PAGES; p++)
    stamp[p] = 0;
}

/* Grows the heap by up to 64 kB, or shrinks it if it is large. */
static void
step_grow (void)
{
  intptr_t increment = (next_random (64) + 1) * 1024;

  if ((brk_now - base) + increment > HEAP_LIMIT)
    increment = -(intptr_t) next_random (brk_now - base + 1);
  move_break (increment);
}

static void
step_shrink (void)
{
  move_break (-(intptr_t) next_random (brk_now - base + 1));
}

/* Grows the heap by 512 MB, which works only with no mapping above
   it, touches the top page, and shrinks back; then tries to shrink
   below the heap's start, which must fail. */
static void
step_absurd (void)
{
  uint8_t *old = brk_now;

  move_break (HUGE_GROWTH);
  if (brk_now != old)
    {
      volatile uint8_t *top = brk_now - 1;

      if (*top != 0)
        fail ("the top of a 512 MB heap is not zero");
      *top = 1;
      move_break (-HUGE_GROWTH);
    }
  move_break (-(brk_now - base) - PAGE_SIZE);
}

/* Writes a new stamp on a random heap page, after checking the old. */
static void
step_write (void)
{
  size_t p;

  if (heap_pages () == 0)
    return;
  p = next_random (heap_pages ());
  if (*page_word (p) != stamp[p])
    fail ("heap page %zu holds 0x%08x, not 0x%08x",
          p, *page_word (p), stamp[p]);
  stamp[p] = random_ulong () | 1;
  *page_word (p) = stamp[p];
}

/* Unmaps the file if it is mapped; otherwise maps it over the heap,
   which must fail, or just above the break, which must work. */
static void
step_map (void)
{
  if (mapped)
    {
      munmap (map_id);
      mapped = false;
      return;
    }
  if (heap_pages () > 0 && next_random (2) == 0)
    {
      uint8_t *inside = base + next_random (heap_pages ()) * PAGE_SIZE;

      if (mmap (file_fd, inside) != MAP_FAILED)
        fail ("mmap at %p, inside the heap, worked", inside);
      return;
    }
  map_addr = (uint8_t *) round_up ((uintptr_t) brk_now)
             + next_random (8) * PAGE_SIZE;
  map_id = mmap (file_fd, map_addr);
  if (map_id == MAP_FAILED)
    fail ("mmap at %p, above the break %p, failed", map_addr, brk_now);
  mapped = true;

  /* Read a byte, and write it back changed and then restored, so the
     file stays the same for the next child. */
  {
    size_t i = next_random (FILE_SIZE);
    volatile uint8_t *byte = map_addr + i;

    if (*byte != file_byte (i))
      fail ("mapped byte %zu is 0x%02x", i, *byte);
    *byte = ~file_byte (i);
    *byte = file_byte (i);
  }
}

/* Reads 16 bytes of the file with read() into a heap page, past its
   stamp word: the kernel faults the page in on the child's behalf. */
static void
step_read (void)
{
  size_t p, ofs, i;
  uint8_t *dst;

  if (heap_pages () == 0 || (size_t) (brk_now - base) < PAGE_SIZE)
    return;
  p = next_random ((brk_now - base) / PAGE_SIZE);
  ofs = next_random (FILE_SIZE - 16);
  dst = (uint8_t *) page_word (p) + 64;
  seek (file_fd, ofs);
  if (read (file_fd, dst, 16) != 16)
    fail ("read into heap page %zu failed", p);
  for (i = 0; i < 16; i++)
    if (dst[i] != file_byte (ofs + i))
      fail ("read put 0x%02x at heap page %zu", dst[i], p);
}

/* Forks a grandchild, which checks its copy of the heap, rewrites a
   page of it and exits; the child's heap must not change. */
static void
step_fork (void)
{
  pid_t pid = fork ();

  if (pid == 0)
    {
      check_heap ("grandchild");
      if (heap_pages () > 0)
        *page_word (next_random (heap_pages ())) = 0xdeadbeef;
      exit (GRANDCHILD_STATUS);
    }
  if (pid == PID_ERROR)
    fail ("fork of a grandchild");
  if (wait (pid) != GRANDCHILD_STATUS)
    fail ("the grandchild did not exit with %d", GRANDCHILD_STATUS);
  check_heap ("after the grandchild");
}

/* A write that must kill the writer: to page 0, to the kernel, to this
   code, or far above the break. */
static void
wild_write (void)
{
  static const uintptr_t fixed[] = { 0, 0xc0000000 };
  uint32_t choice = next_random (4);
  volatile uint8_t *target;

  if (choice < 2)
    target = (volatile uint8_t *) fixed[choice];
  else if (choice == 2)
    target = (volatile uint8_t *) (uintptr_t) wild_write;
  else
    target = (uint8_t *) round_up ((uintptr_t) brk_now) + 64 * PAGE_SIZE;
  *target = 1;
}

/* The life of child number I. */
static void
chaos (int i)
{
  int step;

  random_init (0xc4a05 + i);
  base = brk_now = sbrk (0);
  if ((uintptr_t) base % PAGE_SIZE != 0)
    fail ("the heap starts at %p, not on a page boundary", base);

  for (step = 0; step < STEP_CNT; step++)
    {
      uint32_t r = next_random (100);

      if (r < 25)
        step_grow ();
      else if (r < 35)
        step_shrink ();
      else if (r < 38)
        step_absurd ();
      else if (r < 68)
        step_write ();
      else if (r < 75)
        check_heap ("check");
      else if (r < 85)
        step_map ();
      else if (r < 92)
        step_read ();
      else
        step_fork ();
    }
  check_heap ("at the end");
  if (i % 3 == 0)
    {
      wild_write ();
      fail ("child %d survived its wild write", i);
    }
  exit (i);
}

void
test_main (void)
{
  static uint8_t data[FILE_SIZE];
  int killed = 0;
  int i;

  for (i = 0; i < FILE_SIZE; i++)
    data[i] = file_byte (i);
  CHECK (create (FILE_NAME, FILE_SIZE), "create \"%s\"", FILE_NAME);
  CHECK ((file_fd = open (FILE_NAME)) > 1, "open \"%s\"", FILE_NAME);
  if (write (file_fd, data, FILE_SIZE) != FILE_SIZE)
    fail ("write \"%s\"", FILE_NAME);

  for (i = 0; i < CHILD_CNT; i++)
    {
      pid_t pid = fork ();
      int status;

      if (pid == 0)
        chaos (i);
      if (pid == PID_ERROR)
        fail ("fork child %d", i);
      status = wait (pid);
      if (status != (i % 3 == 0 ? -1 : i))
        fail ("child %d exited with %d", i, status);
      if (status == -1)
        killed++;
    }
  msg ("%d children took %d steps each; %d died by their wild write",
       CHILD_CNT, STEP_CNT, killed);
}
