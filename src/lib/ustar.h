#ifndef __LIB_USTAR_H
#define __LIB_USTAR_H

/* Headers of POSIX ustar ("tar") archives, the format in which files
   travel between the host and the scratch device.  Shared by the
   kernel and user programs. */

#include <stdbool.h>

/* Kinds of archive member this code understands. */
enum ustar_type
  {
    USTAR_REGULAR = '0',        /* Ordinary file. */
    USTAR_DIRECTORY = '5'       /* Directory. */
  };

/* An archive is a sequence of blocks of this many bytes: each member
   is one header block followed by its data, padded to whole blocks,
   and two blocks of zeros end the archive. */
#define USTAR_HEADER_SIZE 512

/* Writing: fills HEADER for a member named FILE_NAME of TYPE holding
   SIZE bytes.  False means the name cannot be stored in the format. */
bool ustar_make_header (const char *file_name, enum ustar_type,
                        int size, char header[USTAR_HEADER_SIZE]);

/* Reading: decodes HEADER.  A null return is success, with
   *FILE_NAME null at the end of the archive; anything else is a
   message saying what is wrong with the block. */
const char *ustar_parse_header (const char header[USTAR_HEADER_SIZE],
                                const char **file_name,
                                enum ustar_type *, int *size);

#endif /* lib/ustar.h */
