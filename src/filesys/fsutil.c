/* The file-system actions of the kernel command line.

   ls, cat and rm work on the file system by name.  extract and append
   move files between the file system and the scratch device, which
   holds a ustar archive from its sector 0 on, one archive block per
   sector.  For `pintos -p' the host tool writes such an archive there
   and puts `extract' first on the kernel command line; extract copies
   each member into the file system and then zeroes the archive's
   first two blocks, so that the archive reads as empty and is never
   unpacked twice.  For `pintos -g' the tool puts `append FILE' last;
   each append writes FILE as the next member, starting from sector 0
   on the first, and follows it with the two zero blocks that end an
   archive, so that what the tool reads back after the run is a
   complete archive whenever the run stops.

   Any failure here panics: these actions run at boot, on the
   operator's behalf, and cannot go on sensibly after an error.

   Locking: none.  The actions run in the main kernel thread, one at a
   time, never while a user program runs. */

#include "filesys/fsutil.h"
#include <debug.h>
#include <round.h>
#include <stdio.h>
#include <string.h>
#include <ustar.h>
#include "devices/block.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/malloc.h"

/* Opens the file named NAME, or panics. */
static struct file *
open_or_panic (const char *name)
{
  struct file *file = filesys_open (name);

  if (file == NULL)
    PANIC ("%s: open failed", name);
  return file;
}

/* Returns the scratch device, or panics if there is none. */
static struct block *
scratch_device (void)
{
  struct block *scratch = block_get_role (BLOCK_SCRATCH);

  if (scratch == NULL)
    PANIC ("couldn't open scratch device");
  return scratch;
}

/* Returns a new buffer of one sector, or panics. */
static char *
sector_buffer (void)
{
  char *buffer = malloc (BLOCK_SECTOR_SIZE);

  if (buffer == NULL)
    PANIC ("out of memory");
  return buffer;
}

/* Lists the files in the root directory. */
void
fsutil_ls (char **argv UNUSED)
{
  struct dir *dir = dir_open_root ();
  char name[NAME_MAX + 1];

  if (dir == NULL)
    PANIC ("root dir open failed");
  printf ("Files in the root directory:\n");
  while (dir_readdir (dir, name))
    printf ("%s\n", name);
  dir_close (dir);
  printf ("End of listing.\n");
}

/* Prints the contents of file ARGV[1] as a hex dump, which shows
   binary files as plainly as text.  The file goes through a buffer of
   one sector; as that is a whole number of 16-byte dump lines, the
   lines come out the same as if the file were dumped in one piece. */
void
fsutil_cat (char **argv)
{
  struct file *file;
  char *sector;

  printf ("Printing '%s' to the console...\n", argv[1]);
  file = open_or_panic (argv[1]);
  sector = sector_buffer ();
  for (;;)
    {
      off_t n = file_read (file, sector, BLOCK_SECTOR_SIZE);

      if (n <= 0)
        break;
      /* The read has moved the position past the bytes in hand. */
      hex_dump (file_tell (file) - n, sector, n, true);
    }
  file_close (file);
  free (sector);
}

/* Deletes file ARGV[1].  Anyone who has it open keeps it until they
   close it, as for the remove system call. */
void
fsutil_rm (char **argv)
{
  printf ("Removing '%s'...\n", argv[1]);
  if (filesys_remove (argv[1]))
    return;
  PANIC ("rm: could not remove '%s'", argv[1]);
}

/* Reads archive block SECTOR of SCRATCH into BUFFER, or panics if the
   archive runs off the end of the device. */
static void
read_archive_block (struct block *scratch, block_sector_t sector,
                    char *buffer)
{
  if (sector >= block_size (scratch))
    PANIC ("ustar archive runs past the end of the scratch device");
  block_read (scratch, sector, buffer);
}

/* Creates file NAME, SIZE bytes long, from the archive blocks of
   SCRATCH that start at *SECTOR, and advances *SECTOR past them.
   BUFFER is a sector-sized buffer. */
static void
extract_member (struct block *scratch, block_sector_t *sector,
                const char *name, int size, char *buffer)
{
  struct file *file;

  if (!filesys_create (name, size))
    PANIC ("%s: create failed", name);
  file = open_or_panic (name);
  while (size > 0)
    {
      int chunk = size < BLOCK_SECTOR_SIZE ? size : BLOCK_SECTOR_SIZE;

      read_archive_block (scratch, (*sector)++, buffer);
      if (file_write (file, buffer, chunk) != chunk)
        PANIC ("%s: write failed with %d bytes unwritten", name, size);
      size -= chunk;
    }
  file_close (file);
}

/* Ends the archive on SCRATCH at SECTOR by writing two blocks of
   zeros there.  At sector 0 this erases the archive. */
static void
end_archive (struct block *scratch, block_sector_t sector)
{
  static const char zeros[BLOCK_SECTOR_SIZE];

  block_write (scratch, sector, zeros);
  block_write (scratch, sector + 1, zeros);
}

/* Copies every file in the ustar archive on the scratch device into
   the file system, then erases the archive. */
void
fsutil_extract (char **argv UNUSED)
{
  struct block *scratch = scratch_device ();
  char *header = sector_buffer ();
  char *data = sector_buffer ();
  block_sector_t sector = 0;

  printf ("Extracting ustar archive from scratch device "
          "into file system...\n");
  for (;;)
    {
      const char *name;
      const char *error;
      enum ustar_type type;
      int size;

      read_archive_block (scratch, sector++, header);
      error = ustar_parse_header (header, &name, &type, &size);
      if (error != NULL)
        PANIC ("bad ustar header in sector %"PRDSNu" (%s)", sector - 1,
               error);
      if (name == NULL)
        break;
      if (type == USTAR_DIRECTORY)
        printf ("ignoring directory %s\n", name);
      else
        {
          printf ("Putting '%s' into the file system...\n", name);
          extract_member (scratch, &sector, name, size, data);
        }
    }

  printf ("Erasing ustar archive...\n");
  end_archive (scratch, 0);
  free (data);
  free (header);
}

/* Writes FILE, SIZE bytes long and read from its start, to SCRATCH
   one block per sector starting at *SECTOR, zero-padding the last
   block, and advances *SECTOR past them.  NAME is FILE's name.
   BUFFER is a sector-sized buffer. */
static void
append_data (struct file *file, const char *name, off_t size,
             struct block *scratch, block_sector_t *sector, char *buffer)
{
  while (size > 0)
    {
      off_t chunk = size < BLOCK_SECTOR_SIZE ? size : BLOCK_SECTOR_SIZE;

      if (file_read (file, buffer, chunk) != chunk)
        PANIC ("%s: read failed with %"PROTd" bytes unread", name, size);
      memset (buffer + chunk, 0, BLOCK_SECTOR_SIZE - chunk);
      block_write (scratch, (*sector)++, buffer);
      size -= chunk;
    }
}

/* Adds file ARGV[1] to the end of the ustar archive on the scratch
   device, where the `pintos' tool finds it after the run. */
void
fsutil_append (char **argv)
{
  static block_sector_t next_sector = 0;  /* Where the next member goes. */
  const char *file_name = argv[1];
  struct block *scratch = scratch_device ();
  char *buffer = sector_buffer ();
  struct file *file;
  off_t size;

  printf ("Appending '%s' to ustar archive on scratch device...\n",
          file_name);
  file = open_or_panic (file_name);
  size = file_length (file);
  if (!ustar_make_header (file_name, USTAR_REGULAR, size, buffer))
    PANIC ("%s: name not allowed in a ustar archive", file_name);
  if (next_sector + 1 + DIV_ROUND_UP (size, BLOCK_SECTOR_SIZE) + 2
      > block_size (scratch))
    PANIC ("%s: out of space on scratch device", file_name);

  block_write (scratch, next_sector++, buffer);
  append_data (file, file_name, size, scratch, &next_sector, buffer);
  end_archive (scratch, next_sector);

  file_close (file);
  free (buffer);
}
