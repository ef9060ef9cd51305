/* Headers of ustar archives.

   A ustar archive is a sequence of 512-byte blocks: for each member,
   one header block, then the member's bytes padded with zeros to a
   whole block; two blocks of zeros end the archive.  A header's
   numeric fields are octal text, and its checksum is the sum of all
   its bytes taken as unsigned, counting the checksum field itself as
   eight spaces.

   We write names only in the 100-byte name field, never in the
   prefix field, so names are limited to 99 characters; reading, we
   accept only headers of that kind, which is all the `pintos' tool
   writes.  Leading "/" and "./" are dropped from names both as headers
   are made and as they are parsed, so no name is ever absolute.

   Used by both the kernel and user programs, so it depends only on
   the shared library.  It has no state and needs no locking. */

#include <ustar.h>
#include <debug.h>
#include <limits.h>
#include <packed.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* A ustar header, field by field. */
struct ustar_header
  {
    char name[100];             /* Member name, null-terminated. */
    char mode[8];               /* Permission bits, octal. */
    char uid[8];                /* Owner's user id, octal. */
    char gid[8];                /* Owner's group id, octal. */
    char size[12];              /* Member size in bytes, octal. */
    char mtime[12];             /* Modification time, octal seconds. */
    char chksum[8];             /* Header checksum, octal. */
    char typeflag;              /* An enum ustar_type. */
    char linkname[100];         /* Link target; unused here. */
    char magic[6];              /* "ustar" and a null. */
    char version[2];            /* "00". */
    char uname[32];             /* Owner's user name. */
    char gname[32];             /* Owner's group name. */
    char devmajor[8];           /* Device numbers; unused here. */
    char devminor[8];
    char prefix[155];           /* Leading part of a long name; unused. */
    char padding[12];           /* Fills out the block. */
  }
PACKED;

_Static_assert (sizeof (struct ustar_header) == USTAR_HEADER_SIZE,
                "a ustar header must fill exactly one block");

/* Modification time stamped on the members we write: the start of
   2006, in seconds since the Unix epoch.  A fixed time keeps archives
   reproducible. */
#define USTAR_MTIME 1136073600

/* Returns the checksum of header H. */
static unsigned
compute_checksum (const struct ustar_header *h)
{
  const uint8_t *bytes = (const uint8_t *) h;
  size_t chksum_start = offsetof (struct ustar_header, chksum);
  size_t chksum_end = chksum_start + sizeof h->chksum;
  unsigned sum = 0;
  size_t i;

  for (i = 0; i < USTAR_HEADER_SIZE; i++)
    sum += i >= chksum_start && i < chksum_end ? ' ' : bytes[i];
  return sum;
}

/* Returns FILE_NAME without any leading "/" and "./" components,
   which an archive member's name must not have. */
static const char *
strip_leading_dirs (const char *file_name)
{
  for (;;)
    {
      if (file_name[0] == '/')
        file_name++;
      else if (file_name[0] == '.' && file_name[1] == '/')
        file_name += 2;
      else
        return file_name;
    }
}

/* Writes VALUE into numeric FIELD, SIZE bytes long, as octal with
   leading zeros and a terminating null. */
static void
put_octal (char *field, size_t size, unsigned long value)
{
  snprintf (field, size, "%0*lo", (int) size - 1, value);
}

/* Fills HEADER with a ustar header for a member named FILE_NAME, of
   type TYPE and SIZE bytes long (0 for a directory).  Returns false,
   leaving HEADER undefined, if FILE_NAME is empty or longer than 99
   characters once any leading "/" and "./" are dropped. */
bool
ustar_make_header (const char *file_name, enum ustar_type type, int size,
                   char header[USTAR_HEADER_SIZE])
{
  struct ustar_header *h = (struct ustar_header *) header;

  ASSERT (type == USTAR_REGULAR || type == USTAR_DIRECTORY);
  ASSERT (size >= 0);

  file_name = strip_leading_dirs (file_name);
  if (file_name[0] == '\0' || strlen (file_name) >= sizeof h->name)
    return false;

  memset (h, 0, sizeof *h);
  strlcpy (h->name, file_name, sizeof h->name);
  put_octal (h->mode, sizeof h->mode, type == USTAR_REGULAR ? 0644 : 0755);
  put_octal (h->uid, sizeof h->uid, 0);
  put_octal (h->gid, sizeof h->gid, 0);
  put_octal (h->size, sizeof h->size, type == USTAR_REGULAR ? size : 0);
  put_octal (h->mtime, sizeof h->mtime, USTAR_MTIME);
  h->typeflag = type;
  memcpy (h->magic, "ustar", sizeof h->magic);
  memcpy (h->version, "00", sizeof h->version);
  strlcpy (h->uname, "root", sizeof h->uname);
  strlcpy (h->gname, "root", sizeof h->gname);
  put_octal (h->chksum, sizeof h->chksum, compute_checksum (h));
  return true;
}

/* Parses numeric FIELD, SIZE bytes long: optional leading spaces, one
   or more octal digits, then only nulls or spaces.  Stores the number
   in *VALUE and returns true, or returns false if FIELD is malformed
   or its number does not fit. */
static bool
parse_octal (const char *field, size_t size, unsigned long *value)
{
  size_t i = 0;
  size_t digits = 0;

  *value = 0;
  while (i < size && field[i] == ' ')
    i++;
  for (; i < size && field[i] >= '0' && field[i] <= '7'; i++, digits++)
    {
      if (*value > ULONG_MAX >> 3)
        return false;
      *value = (*value << 3) | (field[i] - '0');
    }
  for (; i < size; i++)
    if (field[i] != '\0' && field[i] != ' ')
      return false;
  return digits > 0;
}

/* Returns true if the SIZE bytes at BLOCK are all zero. */
static bool
is_all_zeros (const char *block, size_t size)
{
  size_t i;

  for (i = 0; i < size; i++)
    if (block[i] != '\0')
      return false;
  return true;
}

/* Checks header H and extracts its member's type and size into *TYPE
   and *SIZE.  Returns NULL if H is a header we accept, otherwise an
   error message. */
static const char *
check_header (const struct ustar_header *h, enum ustar_type *type,
              int *size)
{
  unsigned long chksum, size_ul;

  if (memcmp (h->magic, "ustar", 5)
      || (h->magic[5] != '\0' && h->magic[5] != ' '))
    return "not a ustar archive";
  if (!parse_octal (h->chksum, sizeof h->chksum, &chksum))
    return "corrupt checksum field";
  if (chksum != compute_checksum (h))
    return "checksum mismatch";
  if (h->name[sizeof h->name - 1] != '\0' || h->prefix[0] != '\0')
    return "file name too long";
  if (*strip_leading_dirs (h->name) == '\0')
    return "empty file name";
  if (h->typeflag != USTAR_REGULAR && h->typeflag != '\0'
      && h->typeflag != USTAR_DIRECTORY)
    return "unsupported member type";
  if (!parse_octal (h->size, sizeof h->size, &size_ul))
    return "corrupt file size field";
  if (size_ul > INT_MAX)
    return "file too large";

  *type = h->typeflag == USTAR_DIRECTORY ? USTAR_DIRECTORY : USTAR_REGULAR;
  *size = *type == USTAR_DIRECTORY ? 0 : (int) size_ul;
  return NULL;
}

/* Parses HEADER, one block of a ustar archive.  For a member's
   header, stores the member's name (pointing into HEADER, past any
   leading "/" and "./"), type and size in *FILE_NAME, *TYPE and *SIZE
   and returns NULL.  For a block
   of zeros, which marks the end of the archive, stores NULL in
   *FILE_NAME and returns NULL.  Otherwise returns an error message
   and stores NULL in *FILE_NAME. */
const char *
ustar_parse_header (const char header[USTAR_HEADER_SIZE],
                    const char **file_name, enum ustar_type *type,
                    int *size)
{
  const struct ustar_header *h = (const struct ustar_header *) header;
  const char *error;

  *file_name = NULL;
  *type = USTAR_REGULAR;
  *size = 0;
  if (is_all_zeros (header, USTAR_HEADER_SIZE))
    return NULL;

  error = check_header (h, type, size);
  if (error == NULL)
    *file_name = strip_leading_dirs (h->name);
  return error;
}
