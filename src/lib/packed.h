#ifndef __LIB_PACKED_H
#define __LIB_PACKED_H

/* Marks a struct whose layout must match a hardware or on-disk format
   byte for byte: the compiler inserts no padding between members.
   Apply it to every member-containing struct that such a layout uses. */
#define PACKED __attribute__ ((packed))

#endif /* lib/packed.h */
