/* tar ARCHIVE PATH...: packs the files and directories under each
   PATH into a new ustar archive named ARCHIVE.  The second boot of a
   persistence test runs it as `tar fs.tar /' and `pintos -g' carries
   fs.tar out to the host, where the test's check unpacks it; so this
   program is how the host sees a disk the kernel wrote.

   Member names are paths without their leading slash ("a/b"), which is
   what the host-side reader (read_tar in tests/tests.pm) expects.  The
   archive does not list itself: it lies inside the tree it describes
   and is recognised by its inode number.  A directory is walked by
   path, one level open at a time, so the depth of a tree costs stack
   space for names only.  Errors are reported on the console and make
   the exit status 1; whatever could be packed is still packed, so one
   unreadable file does not hide the rest of the tree. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include <ustar.h>

/* Longest path handled, as ustar stores it (99 characters). */
#define PATH_MAX_LEN 99

static int archive_fd;          /* Where members are written. */
static int archive_inumber;     /* To leave the archive itself out. */
static bool had_error;          /* Exit status 1 if set. */

static void pack_path (const char *path);

/* Reports trouble with PATH and remembers to exit with status 1. */
static void
complain (const char *path, const char *what)
{
  printf ("tar: %s: %s\n", path, what);
  had_error = true;
}

/* Appends SIZE bytes at DATA to the archive; false if the disk would
   not take them all. */
static bool
put (const void *data, int size)
{
  return write (archive_fd, data, size) == size;
}

/* Writes the header of member NAME (without a leading slash) of TYPE
   and SIZE bytes.  False if the name does not fit or the write fails. */
static bool
put_header (const char *name, enum ustar_type type, int size)
{
  static char header[USTAR_HEADER_SIZE];

  if (!ustar_make_header (name, type, size, header))
    return false;
  return put (header, sizeof header);
}

/* Copies the file open as FD, SIZE bytes long, into the archive as
   member NAME, padded to whole blocks. */
static void
pack_file (const char *name, int fd, int size)
{
  static char block[USTAR_HEADER_SIZE];
  int done;

  if (!put_header (name, USTAR_REGULAR, size))
    {
      complain (name, "cannot add to the archive");
      return;
    }
  for (done = 0; done < size; done += sizeof block)
    {
      int want = size - done < (int) sizeof block
                 ? size - done : (int) sizeof block;

      /* Short members would shift every later header, leaving the
         archive unreadable, so a short read is padded with zeros. */
      memset (block, 0, sizeof block);
      if (read (fd, block, want) != want)
        complain (name, "read came up short");
      if (!put (block, sizeof block))
        {
          complain (name, "archive write failed");
          return;
        }
    }
}

/* Adds the entries of directory FD, whose path is DIR ("" for the
   root), one by one. */
static void
pack_entries (const char *dir, int fd)
{
  char entry[READDIR_MAX_LEN + 1];

  while (readdir (fd, entry))
    {
      char path[PATH_MAX_LEN + 2];
      int len = snprintf (path, sizeof path, "%s/%s", dir, entry);

      if (len > PATH_MAX_LEN + 1)
        complain (path, "path too long for the archive");
      else
        pack_path (path);
    }
}

/* Adds PATH, an absolute path or one relative to the working
   directory, and if it is a directory everything below it. */
static void
pack_path (const char *path)
{
  const char *name = path;
  int fd = open (path);

  if (fd < 0)
    {
      complain (path, "cannot open");
      return;
    }
  while (*name == '/')
    name++;

  if (inumber (fd) == archive_inumber)
    ;                           /* The archive being written. */
  else if (!isdir (fd))
    pack_file (name, fd, filesize (fd));
  else
    {
      /* The root itself has no member; other directories get one so
         that empty ones survive the trip. */
      if (*name != '\0' && !put_header (name, USTAR_DIRECTORY, 0))
        complain (path, "cannot add to the archive");
      pack_entries (strcmp (path, "/") ? path : "", fd);
    }
  close (fd);
}

int
main (int argc, char *argv[])
{
  static const char end_blocks[2 * USTAR_HEADER_SIZE];
  int i;

  if (argc < 3)
    {
      printf ("usage: tar ARCHIVE PATH...\n");
      return 1;
    }
  if (!create (argv[1], 0))
    {
      complain (argv[1], "cannot create");
      return 1;
    }
  archive_fd = open (argv[1]);
  if (archive_fd < 0)
    {
      complain (argv[1], "cannot open");
      return 1;
    }
  archive_inumber = inumber (archive_fd);

  for (i = 2; i < argc; i++)
    pack_path (argv[i]);

  if (!put (end_blocks, sizeof end_blocks))
    complain (argv[1], "cannot finish the archive");
  close (archive_fd);
  return had_error ? 1 : 0;
}
