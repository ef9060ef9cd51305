/* ls [NAME...]: lists each NAME (default ".") -- a directory's entries
   one per line, a file as its name and size.  Directories need the
   extended file system's readdir(); in a build without it, a name
   that cannot be listed as a directory is reported as a file if it
   opens, and as missing otherwise. */

#include <stdio.h>
#include <syscall.h>

/* Lists NAME. Returns false if it does not exist. */
static bool
list (const char *name)
{
  char entry[READDIR_MAX_LEN + 1];
  int fd = open (name);

  if (fd < 0)
    {
      printf ("%s: not found (directories need the file system project)\n",
              name);
      return false;
    }
  if (isdir (fd))
    {
      printf ("%s:\n", name);
      while (readdir (fd, entry))
        printf ("  %s\n", entry);
    }
  else
    printf ("%s: %d bytes\n", name, filesize (fd));
  close (fd);
  return true;
}

int
main (int argc, char *argv[])
{
  int status = 0;
  int i;

  if (argc < 2)
    return list (".") ? 0 : 1;
  for (i = 1; i < argc; i++)
    if (!list (argv[i]))
      status = 1;
  return status;
}
