/* Creates 100 files with contents of their own, checks them all,
   removes them all, and then creates them all again, which works only
   if removal gave back their directory entries and sectors. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define FILE_CNT 100

/* File I is "fileI", with three digits, and holds SIZE (I) bytes, each
   the low byte of I plus its offset. */
#define SIZE(I) (100 + 7 * (I))

/* Stores the name of file I in NAME. */
static void
make_name (char name[16], int i)
{
  snprintf (name, 16, "file%03d", i);
}

/* Fills BUF with the contents of file I. */
static void
make_contents (char *buf, int i)
{
  int j;

  for (j = 0; j < SIZE (i); j++)
    buf[j] = i + j;
}

/* Creates file I and writes its contents. */
static void
create_one (int i)
{
  char name[16];
  char buf[SIZE (FILE_CNT)];
  int fd;

  make_name (name, i);
  make_contents (buf, i);
  if (!create (name, SIZE (i)))
    fail ("create \"%s\" failed", name);
  fd = open (name);
  if (fd < 2)
    fail ("open \"%s\" failed", name);
  if (write (fd, buf, SIZE (i)) != SIZE (i))
    fail ("write \"%s\" failed", name);
  close (fd);
}

/* Creates all the files. */
static void
create_all (void)
{
  int i;

  for (i = 0; i < FILE_CNT; i++)
    create_one (i);
}

void
test_main (void)
{
  char name[16];
  char buf[SIZE (FILE_CNT)];
  int i;

  msg ("create %d files", FILE_CNT);
  create_all ();

  msg ("check %d files", FILE_CNT);
  quiet = true;
  for (i = 0; i < FILE_CNT; i++)
    {
      make_name (name, i);
      make_contents (buf, i);
      check_file (name, buf, SIZE (i));
    }
  quiet = false;

  msg ("remove %d files", FILE_CNT);
  for (i = 0; i < FILE_CNT; i++)
    {
      make_name (name, i);
      if (!remove (name))
        fail ("remove \"%s\" failed", name);
      if (open (name) != -1)
        fail ("\"%s\" can still be opened after removal", name);
    }

  msg ("create %d files again", FILE_CNT);
  create_all ();
}
