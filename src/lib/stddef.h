#ifndef __LIB_STDDEF_H
#define __LIB_STDDEF_H

/* Basic types and macros of the freestanding C environment.  The
   types come from the compiler's own notion of them, so that format
   checking of %zu and %td agrees with what we declare here. */

#define NULL ((void *) 0)

/* Byte offset of MEMBER within struct or union type TYPE. */
#define offsetof(TYPE, MEMBER) __builtin_offsetof (TYPE, MEMBER)

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;

#endif /* lib/stddef.h */
