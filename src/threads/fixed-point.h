#ifndef THREADS_FIXED_POINT_H
#define THREADS_FIXED_POINT_H

/* Signed 17.14 fixed-point numbers, for the 4.4BSD scheduler's
   recent_cpu and load_avg.

   The kernel has no floating point (it would have to save the FPU on
   every switch), so a real number X is kept as the integer X * 2**14
   in a 32-bit int: a sign bit, 17 bits before the binary point and 14
   after.  That covers about -131,072 to +131,071 with a
   resolution of 1/16,384, ample for values that stay in the hundreds.

   Adding or subtracting two such numbers is plain integer arithmetic.
   Multiplying or dividing two of them needs one rescaling by 2**14,
   done in 64 bits so that the intermediate product cannot overflow.
   Mixing with plain ints needs a rescale on one side only.

   Each operation is a small named function, so that a formula reads
   as a chain of steps.  fixed_t is an int underneath and the compiler
   will not catch a mix-up with plain ints; the names at each call are
   what keep the two apart. */

#include <stdint.h>

/* A 17.14 fixed-point number. */
typedef int32_t fixed_t;

/* Bits after the binary point. */
#define FP_FRACTION_BITS 14

/* The fixed-point value 1. */
#define FP_ONE ((fixed_t) 1 << FP_FRACTION_BITS)

/* Converts integer N to fixed point. */
static inline fixed_t
fp_from_int (int n)
{
  return n * FP_ONE;
}

/* Converts X to an integer, truncating toward zero. */
static inline int
fp_trunc (fixed_t x)
{
  return x / FP_ONE;
}

/* Returns X * N rounded to the nearest integer, halves away from
   zero.  The product is formed in 64 bits, so it may exceed what a
   fixed_t can hold. */
static inline int
fp_round_scaled (fixed_t x, int n)
{
  int64_t product = (int64_t) x * n;

  return (int) (product >= 0 ? (product + FP_ONE / 2) / FP_ONE
                             : (product - FP_ONE / 2) / FP_ONE);
}

/* Returns X + Y. */
static inline fixed_t
fp_add (fixed_t x, fixed_t y)
{
  return x + y;
}

/* Returns X - Y. */
static inline fixed_t
fp_sub (fixed_t x, fixed_t y)
{
  return x - y;
}

/* Returns X + N for integer N. */
static inline fixed_t
fp_add_int (fixed_t x, int n)
{
  return x + fp_from_int (n);
}

/* Returns X * Y, keeping the double-width product in 64 bits. */
static inline fixed_t
fp_mul (fixed_t x, fixed_t y)
{
  return (fixed_t) ((int64_t) x * y / FP_ONE);
}

/* Returns X * N for integer N. */
static inline fixed_t
fp_mul_int (fixed_t x, int n)
{
  return x * n;
}

/* Returns X / Y, widening X first so that no precision is lost. */
static inline fixed_t
fp_div (fixed_t x, fixed_t y)
{
  return (fixed_t) ((int64_t) x * FP_ONE / y);
}

/* Returns X / N for integer N. */
static inline fixed_t
fp_div_int (fixed_t x, int n)
{
  return x / n;
}

#endif /* threads/fixed-point.h */
