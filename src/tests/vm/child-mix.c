/* Child of page-fs-mix: "child-mix ID files" or "child-mix ID memory".
   Exits with status ID after its rounds of work, printing nothing
   unless something is wrong.

   "files" creates the file mix-ID (FILE_KB long), then rewrites and
   rereads it a number of times, through buffers in static data that
   the memory children's pressure keeps pushing out, so that its
   system calls fault while inside the file system.

   "memory" creates and maps the file mix-ID (MAP_KB long) and, round
   after round, rewrites it and an anonymous area of ANON_KB, so that
   eviction keeps writing dirty mapped pages back to the file and
   anonymous pages to swap while the other children are in the file
   system. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/vm/pattern.h"

const char *test_name = "child-mix";

#define FILE_KB 64
#define FILE_ROUNDS 12
#define MAP_KB 256
#define ANON_KB 512
#define MEMORY_ROUNDS 3

#define FILE_WORDS (FILE_KB * 1024 / sizeof (uint32_t))
#define MAP_WORDS (MAP_KB * 1024 / sizeof (uint32_t))
#define ANON_WORDS (ANON_KB * 1024 / sizeof (uint32_t))

/* Where "memory" maps its file. */
#define MAP_ADDR ((uint32_t *) 0x10000000)

static uint32_t out_buf[FILE_WORDS];
static uint32_t in_buf[FILE_WORDS];
static uint32_t anon[ANON_WORDS];

/* Creates NAME with SIZE bytes and opens it, or fails. */
static int
create_and_open (const char *name, size_t size)
{
  int fd;

  if (!create (name, size) || (fd = open (name)) < 2)
    fail ("create and open \"%s\"", name);
  return fd;
}

/* The "files" child's work on file NAME, with patterns from SEED. */
static void
churn_file (const char *name, uint32_t seed)
{
  int fd = create_and_open (name, sizeof out_buf);
  int round;

  for (round = 0; round < FILE_ROUNDS; round++)
    {
      pattern_fill (out_buf, 0, FILE_WORDS, seed + round);
      seek (fd, 0);
      if (write (fd, out_buf, sizeof out_buf) != sizeof out_buf)
        fail ("round %d: write \"%s\"", round, name);
      seek (fd, 0);
      memset (in_buf, 0, sizeof in_buf);
      if (read (fd, in_buf, sizeof in_buf) != sizeof in_buf)
        fail ("round %d: read \"%s\"", round, name);
      pattern_check (in_buf, 0, FILE_WORDS, seed + round, name);
    }
  close (fd);
}

/* The "memory" child's work on file NAME, with patterns from SEED. */
static void
churn_memory (const char *name, uint32_t seed)
{
  int fd = create_and_open (name, MAP_KB * 1024);
  mapid_t map = mmap (fd, MAP_ADDR);
  uint32_t last = seed + MEMORY_ROUNDS - 1;
  int round;

  if (map == MAP_FAILED)
    fail ("mmap \"%s\"", name);
  for (round = 0; round < MEMORY_ROUNDS; round++)
    {
      pattern_fill (MAP_ADDR, 0, MAP_WORDS, seed + round);
      pattern_fill (anon, 0, ANON_WORDS, seed + round + 50);
      pattern_check (MAP_ADDR, 0, MAP_WORDS, seed + round, "mapping");
      pattern_check (anon, 0, ANON_WORDS, seed + round + 50, "anonymous");
    }
  munmap (map);

  /* What the last round left in the mapping must now be in the file. */
  seek (fd, 0);
  if (read (fd, anon, MAP_KB * 1024) != MAP_KB * 1024)
    fail ("read \"%s\" after munmap", name);
  pattern_check (anon, 0, MAP_WORDS, last, "file after munmap");
  close (fd);
}

int
main (int argc, char *argv[])
{
  char name[16];
  int id;

  if (argc != 3)
    fail ("usage: child-mix ID files|memory");
  id = atoi (argv[1]);
  snprintf (name, sizeof name, "mix-%d", id);
  if (!strcmp (argv[2], "files"))
    churn_file (name, 1000 + id * 100);
  else
    churn_memory (name, 2000 + id * 100);
  return id;
}
