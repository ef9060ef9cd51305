/* A merge sort of 768 kB of random bytes, split across child processes:
   the parent writes eight chunks to files, a child-sort process sorts
   each file, and the parent merges the sorted files.  The program's
   name says how:

     page-merge-seq   one child at a time, each sorting in static data;
     page-merge-par   all children at once, each sorting in static data;
     page-merge-stk   all children at once, each sorting on its stack;
     page-merge-mm    all children at once, each sorting the file in
                      place through mmap.

   With the parent's two 768 kB buffers and the children's data and
   scratch space alive together, much of it goes through swap (and,
   for page-merge-mm, through the children's files).  The result must
   be sorted and hold exactly the bytes generated.

   The same program named bench-msort is a workload of `make bench':
   as page-merge-par, but with 1 MB of data. */

#include <random.h>
#include <stdio.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"

#define CHUNKS 8
#define MAX_CHUNK_SIZE (128 * 1024)

/* Bytes in each chunk and in all of them, set by test_main(). */
static size_t chunk_size;
static size_t data_size;

static unsigned char data[CHUNKS * MAX_CHUNK_SIZE];
static unsigned char merged[CHUNKS * MAX_CHUNK_SIZE];

/* How many times each byte value occurs in `data' as generated. */
static size_t histogram[256];

/* Fills `data' with random bytes and counts them. */
static void
generate (void)
{
  size_t i;

  random_init (0x50f7);
  random_bytes (data, data_size);
  for (i = 0; i < data_size; i++)
    histogram[data[i]]++;
}

/* Writes chunk I of `data' to a file of its own, sort-I. */
static void
write_chunk (size_t i)
{
  char name[16];
  int fd;

  snprintf (name, sizeof name, "sort-%zu", i);
  if (!create (name, chunk_size) || (fd = open (name)) < 2)
    fail ("create and open \"%s\"", name);
  if (write (fd, data + i * chunk_size, chunk_size) != (int) chunk_size)
    fail ("write \"%s\"", name);
  close (fd);
}

/* Starts the child that sorts chunk I, with sorting place HOW. */
static pid_t
start_sort (size_t i, const char *how)
{
  char cmd[64];
  pid_t pid;

  snprintf (cmd, sizeof cmd, "child-sort sort-%zu %s", i, how);
  if ((pid = exec (cmd)) == PID_ERROR)
    fail ("exec \"%s\"", cmd);
  return pid;
}

/* Waits for the child that sorted chunk I. */
static void
finish_sort (size_t i, pid_t pid)
{
  int status = wait (pid);

  if (status != 0)
    fail ("child sorting chunk %zu exited with status %d", i, status);
}

/* Reads sorted chunk I back into its place in `data'. */
static void
read_chunk (size_t i)
{
  char name[16];
  int fd;

  snprintf (name, sizeof name, "sort-%zu", i);
  if ((fd = open (name)) < 2
      || read (fd, data + i * chunk_size, chunk_size) != (int) chunk_size)
    fail ("read back \"%s\"", name);
  close (fd);
}

/* Merges the CHUNKS sorted chunks of `data' into `merged'. */
static void
merge (void)
{
  size_t next[CHUNKS];
  size_t out, i;

  for (i = 0; i < CHUNKS; i++)
    next[i] = i * chunk_size;
  for (out = 0; out < data_size; out++)
    {
      size_t best = CHUNKS;

      for (i = 0; i < CHUNKS; i++)
        if (next[i] < (i + 1) * chunk_size
            && (best == CHUNKS || data[next[i]] < data[next[best]]))
          best = i;
      merged[out] = data[next[best]++];
    }
}

/* Fails unless `merged' is in order and holds the bytes counted in
   `histogram'. */
static void
verify (void)
{
  size_t seen[256];
  size_t i;

  memset (seen, 0, sizeof seen);
  for (i = 0; i < data_size; i++)
    {
      if (i > 0 && merged[i - 1] > merged[i])
        fail ("bytes %zu and %zu are out of order", i - 1, i);
      seen[merged[i]]++;
    }
  for (i = 0; i < 256; i++)
    if (seen[i] != histogram[i])
      fail ("byte value %zu occurs %zu times, expected %zu",
            i, seen[i], histogram[i]);
}

void
test_main (void)
{
  const char *how = !strcmp (test_name, "page-merge-stk") ? "stack"
                    : !strcmp (test_name, "page-merge-mm") ? "mmap" : "static";
  bool one_at_a_time = !strcmp (test_name, "page-merge-seq");
  pid_t pids[CHUNKS];
  size_t i;

  chunk_size = !strcmp (test_name, "bench-msort") ? 128 * 1024 : 96 * 1024;
  data_size = CHUNKS * chunk_size;
  msg ("generate %zu kB of random bytes", data_size / 1024);
  generate ();
  msg ("write them to %d files", CHUNKS);
  for (i = 0; i < CHUNKS; i++)
    write_chunk (i);

  msg ("sort each file in a child (%s, %s)", how,
       one_at_a_time ? "one at a time" : "all at once");
  for (i = 0; i < CHUNKS; i++)
    {
      pids[i] = start_sort (i, how);
      if (one_at_a_time)
        finish_sort (i, pids[i]);
    }
  if (!one_at_a_time)
    for (i = 0; i < CHUNKS; i++)
      finish_sort (i, pids[i]);

  msg ("merge the sorted files");
  for (i = 0; i < CHUNKS; i++)
    read_chunk (i);
  merge ();
  verify ();
  msg ("the result is in order and holds every byte generated");
}
