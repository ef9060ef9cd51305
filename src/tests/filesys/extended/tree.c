/* The shared steps of tree.h.  They compare what the kernel says with
   what the test put there, and fail with a message naming the path,
   so that a failing check's output points at the operation that went
   wrong rather than at a later symptom. */

#include "tests/filesys/extended/tree.h"
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* Most entries expect_entries() will compare in one directory. */
#define MAX_ENTRIES 200

/* Creates NAME with the SIZE bytes at DATA; see tree.h. */
void
put_file (const char *name, const void *data, size_t size)
{
  int fd;
  int written;

  if (!create (name, 0))
    fail ("create \"%s\" failed", name);
  fd = open (name);
  if (fd < 2)
    fail ("open \"%s\" failed", name);
  written = write (fd, data, size);
  if (written != (int) size)
    fail ("write of %zu bytes to \"%s\" returned %d", size, name, written);
  close (fd);
}

/* Creates NAME holding TEXT without its null; see tree.h. */
void
put_text (const char *name, const char *text)
{
  put_file (name, text, strlen (text));
}

/* Fails unless NAME is a file holding exactly TEXT; see tree.h. */
void
expect_text (const char *name, const char *text)
{
  char buf[256];
  size_t len = strlen (text);
  int fd = open (name);
  int got;

  if (fd < 2)
    fail ("open \"%s\" failed", name);
  if (isdir (fd))
    fail ("\"%s\" is a directory, expected a file", name);
  /* One byte more than expected shows a file that is too long. */
  got = read (fd, buf, len < sizeof buf ? len + 1 : sizeof buf);
  close (fd);
  if (got != (int) len || memcmp (buf, text, len))
    fail ("\"%s\" does not hold \"%s\" (read returned %d)", name, text, got);
}

/* Fails unless readdir() on DIR gives exactly the CNT NAMES, in any
   order; see tree.h. */
void
expect_entries (const char *dir, const char *const names[], size_t cnt)
{
  static bool seen[MAX_ENTRIES];
  char entry[READDIR_MAX_LEN + 1];
  size_t found = 0;
  size_t i;
  int fd;

  if (cnt > MAX_ENTRIES)
    fail ("expect_entries: %zu names is too many", cnt);
  memset (seen, 0, sizeof seen);
  fd = open (dir);
  if (fd < 2)
    fail ("open \"%s\" failed", dir);
  if (!isdir (fd))
    fail ("\"%s\" is not a directory", dir);

  while (readdir (fd, entry))
    {
      if (!strcmp (entry, ".") || !strcmp (entry, ".."))
        fail ("readdir of \"%s\" returned \"%s\"", dir, entry);
      for (i = 0; i < cnt; i++)
        if (!strcmp (entry, names[i]))
          break;
      if (i == cnt)
        fail ("readdir of \"%s\" returned unexpected \"%s\"", dir, entry);
      if (seen[i])
        fail ("readdir of \"%s\" returned \"%s\" twice", dir, entry);
      seen[i] = true;
      found++;
    }
  close (fd);

  for (i = 0; i < cnt; i++)
    if (!seen[i])
      fail ("readdir of \"%s\" never returned \"%s\"", dir, names[i]);
  msg ("%s: %zu entries", dir, found);
}

/* Returns the inode number of NAME; see tree.h. */
int
inumber_of (const char *name)
{
  int fd = open (name);
  int number;

  if (fd < 2)
    fail ("open \"%s\" failed", name);
  number = inumber (fd);
  close (fd);
  return number;
}

/* Sets up "sub" and moves into it; see tree.h. */
void
enter_marked_sub (void)
{
  CHECK (mkdir ("sub"), "mkdir \"sub\"");
  put_text ("sub/marker", "in sub");
  CHECK (chdir ("sub"), "chdir \"sub\"");
}
