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

/* Size of a header, and of every block of an archive. */
#define USTAR_HEADER_SIZE 512

bool ustar_make_header (const char *file_name, enum ustar_type,
                        int size, char header[USTAR_HEADER_SIZE]);
const char *ustar_parse_header (const char header[USTAR_HEADER_SIZE],
                                const char **file_name,
                                enum ustar_type *, int *size);

#endif /* lib/ustar.h */
