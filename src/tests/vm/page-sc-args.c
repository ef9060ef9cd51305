/* System calls whose arguments live in pages that are not in memory
   when the call is made: swapped out, part of a mapped file, or part
   of the executable not yet loaded.  The kernel must bring each page
   in while it copies or transfers the argument, without a deadlock
   against its own file system locks.

   The names, command line and buffers below sit in a static area that
   the test fills and then pushes out to swap by filling 2 MB of
   other memory.  Each system call's arguments are in pages of their
   own, so each call finds its arguments still out. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

#define AREA_SIZE (256 * 1024)
#define PRESSURE_WORDS (2048 * 1024 / sizeof (uint32_t))
#define DATA_SIZE (2 * PAGE_SIZE)

/* Offsets in `area': the names (one for create, one for open) and the
   command line lie in one page each, the buffers straddle page
   boundaries. */
#define CREATE_NAME_OFS (10 * PAGE_SIZE + 100)
#define OPEN_NAME_OFS (20 * PAGE_SIZE + 100)
#define CMD_OFS (30 * PAGE_SIZE + 200)
#define OUT_OFS (50 * PAGE_SIZE - 300)
#define IN_OFS (60 * PAGE_SIZE - 700)

static unsigned char area[AREA_SIZE];
static uint32_t pressure[PRESSURE_WORDS];

/* A name in the middle of 20 kB of read-only data that nothing else
   touches, so that its page is still only in the executable when the
   system call needs it. */
static const struct
  {
    char before[3 * PAGE_SIZE];
    char name[16];
    char after[2 * PAGE_SIZE];
  }
lazy = { {1}, "from-rodata", {1} };

/* The arguments in swapped-out pages. */
static void
swapped_arguments (void)
{
  char *create_name = (char *) area + CREATE_NAME_OFS;
  char *open_name = (char *) area + OPEN_NAME_OFS;
  char *cmd = (char *) area + CMD_OFS;
  unsigned char *out = area + OUT_OFS;
  unsigned char *in = area + IN_OFS;
  int fd, status;

  strlcpy (create_name, "from-swap", 16);
  strlcpy (open_name, "from-swap", 16);
  strlcpy (cmd, "child-linear 7 16", 32);
  pattern_fill ((uint32_t *) out, 0, DATA_SIZE / sizeof (uint32_t), 3);
  memset (in, 0, DATA_SIZE);
  pattern_fill (pressure, 0, PRESSURE_WORDS, 4);

  CHECK (create (create_name, DATA_SIZE), "create, name in swap");
  CHECK ((fd = open (open_name)) > 1, "open, name in swap");
  CHECK (write (fd, out, DATA_SIZE) == DATA_SIZE, "write, buffer in swap");
  seek (fd, 0);
  CHECK (read (fd, in, DATA_SIZE) == DATA_SIZE, "read, buffer in swap");
  status = wait (exec (cmd));
  CHECK (status == 7, "exec, command line in swap");
  if (memcmp (in, out, DATA_SIZE))
    fail ("the bytes read differ from those written");
  close (fd);
}

/* The arguments in a mapped file, whose first bytes are a file name:
   the same mapping is the name for create and open and the buffer for
   write and read. */
static void
mapped_arguments (void)
{
  static const char names[PAGE_SIZE] = "from-mapping";
  char *mapping = MAP_ADDR;
  int map_fd, fd;

  map_fd = make_file ("names", names, sizeof names);
  map_or_fail (map_fd, mapping, "names");
  CHECK (create (mapping, DATA_SIZE), "create, name in a mapping");
  CHECK ((fd = open (mapping)) > 1, "open, name in a mapping");
  CHECK (write (fd, mapping, PAGE_SIZE) == PAGE_SIZE,
         "write, buffer in a mapping");
  seek (fd, 0);
  CHECK (read (fd, mapping + 100, 50) == 50, "read into a mapping");
  CHECK (!strcmp (mapping + 100, "from-mapping"), "read what was written");
  close (fd);
}

/* A name in a page of the executable not loaded yet. */
static void
lazy_argument (void)
{
  int fd;

  CHECK (create (lazy.name, 0), "create, name in an unloaded page");
  CHECK ((fd = open (lazy.name)) > 1, "open, name in an unloaded page");
  close (fd);
}

void
test_main (void)
{
  swapped_arguments ();
  mapped_arguments ();
  lazy_argument ();
}
