#ifndef FILESYS_OFF_T_H
#define FILESYS_OFF_T_H

/* Byte offsets and lengths within files.  It has a header of its own
   so that modules can pass offsets around without pulling in the
   whole file-system interface. */

#include <inttypes.h>

/* An offset or length within a file, in bytes.  Signed, so that a
   negative value can stand for an error where one is needed. */
typedef int32_t off_t;

/* printf() conversion for an off_t, as in printf ("%"PROTd, ofs). */
#define PROTd PRId32

#endif /* filesys/off_t.h */
