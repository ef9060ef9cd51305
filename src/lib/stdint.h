#ifndef __LIB_STDINT_H
#define __LIB_STDINT_H

/* Exact-width and special-purpose integer types for 32-bit x86.
   Pointers, size_t and long are all 32 bits wide. */

typedef signed char int8_t;
typedef signed short int int16_t;
typedef signed int int32_t;
typedef signed long long int int64_t;

typedef unsigned char uint8_t;
typedef unsigned short int uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long long int uint64_t;

#define INT8_MIN (-INT8_MAX - 1)
#define INT8_MAX 127
#define INT16_MIN (-INT16_MAX - 1)
#define INT16_MAX 32767
#define INT32_MIN (-INT32_MAX - 1)
#define INT32_MAX 2147483647
#define INT64_MIN (-INT64_MAX - 1)
#define INT64_MAX 9223372036854775807LL

#define UINT8_MAX 255
#define UINT16_MAX 65535
#define UINT32_MAX 4294967295U
#define UINT64_MAX 18446744073709551615ULL

/* Integers wide enough to hold any object pointer. */
typedef int32_t intptr_t;
typedef uint32_t uintptr_t;
#define INTPTR_MIN INT32_MIN
#define INTPTR_MAX INT32_MAX
#define UINTPTR_MAX UINT32_MAX

/* The widest integer types. */
typedef int64_t intmax_t;
typedef uint64_t uintmax_t;
#define INTMAX_MIN INT64_MIN
#define INTMAX_MAX INT64_MAX
#define UINTMAX_MAX UINT64_MAX

/* Limits of ptrdiff_t and size_t from <stddef.h>. */
#define PTRDIFF_MIN INT32_MIN
#define PTRDIFF_MAX INT32_MAX
#define SIZE_MAX UINT32_MAX

#endif /* lib/stdint.h */
