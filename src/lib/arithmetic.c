/* 64-bit integer division for 32-bit x86.

   The CPU divides a 64-bit dividend by a 32-bit divisor only, so gcc
   compiles 64-bit `/' and `%' into calls to the four functions
   below, which normally come from libgcc.  We link no libgcc, so we
   provide them, built on the CPU's 64-by-32 "divl" instruction:

     - A divisor that fits in 32 bits takes two divl steps, one per
       32-bit half of the dividend, like long division with 2^32 as
       the base.

     - A larger divisor leaves a quotient below 2^32.  Shifting the
       divisor left until its top bit is set and keeping its high
       word gives a 32-bit approximate divisor; one divl by it
       estimates the quotient to within one, and a multiply-back
       settles that last step. */

#include <stdint.h>

/* gcc's names and types for the helpers. */
long long __divdi3 (long long n, long long d);
long long __moddi3 (long long n, long long d);
unsigned long long __udivdi3 (unsigned long long n, unsigned long long d);
unsigned long long __umoddi3 (unsigned long long n, unsigned long long d);

/* Divides N by D with one divl instruction, returning the quotient
   and storing the remainder in *REM.  The quotient must fit in 32
   bits, that is, N's high word must be less than D, or the CPU
   raises a divide error. */
static inline uint32_t
divl (uint64_t n, uint32_t d, uint32_t *rem)
{
  uint32_t quotient, remainder;

  asm ("divl %4"
       : "=a" (quotient), "=d" (remainder)
       : "a" ((uint32_t) n), "d" ((uint32_t) (n >> 32)), "rm" (d));
  *rem = remainder;
  return quotient;
}

/* Returns N / D and stores N % D in *REM.  D must not be 0. */
static uint64_t
divide_unsigned (uint64_t n, uint64_t d, uint64_t *rem)
{
  uint32_t d_high = d >> 32;

  if (d_high == 0)
    {
      uint32_t divisor = d;
      uint32_t n_high = n >> 32;
      uint32_t r, q_high, q_low;

      /* High half first; its remainder joins the low half, and being
         below DIVISOR keeps the second quotient within 32 bits. */
      q_high = n_high / divisor;
      r = n_high % divisor;
      q_low = divl (((uint64_t) r << 32) | (uint32_t) n, divisor, &r);
      *rem = r;
      return ((uint64_t) q_high << 32) | q_low;
    }
  else
    {
      int shift = __builtin_clz (d_high);
      uint32_t d_approx = (d << shift) >> 32;
      uint32_t unused;
      uint64_t q;

      /* Halving N keeps the divl quotient within 32 bits (D_APPROX
         has its top bit set).  The estimate is then rescaled for the
         shift and the halving, and may exceed the true quotient by
         one; taking one off first means at most one step up. */
      q = divl (n >> 1, d_approx, &unused);
      q = (q << shift) >> 31;
      if (q != 0)
        q--;
      if (n - q * d >= d)
        q++;
      *rem = n - q * d;
      return q;
    }
}

/* Returns N / D, rounded toward zero. */
unsigned long long
__udivdi3 (unsigned long long n, unsigned long long d)
{
  uint64_t rem;

  return divide_unsigned (n, d, &rem);
}

/* Returns N % D. */
unsigned long long
__umoddi3 (unsigned long long n, unsigned long long d)
{
  uint64_t rem;

  divide_unsigned (n, d, &rem);
  return rem;
}

/* Returns the absolute value of X as an unsigned number, which
   represents even the magnitude of INT64_MIN. */
static uint64_t
magnitude (int64_t x)
{
  return x < 0 ? -(uint64_t) x : (uint64_t) x;
}

/* Returns N / D, rounded toward zero as C requires. */
long long
__divdi3 (long long n, long long d)
{
  uint64_t rem;
  uint64_t q = divide_unsigned (magnitude (n), magnitude (d), &rem);

  /* Negating before the conversion avoids overflow for INT64_MIN. */
  return (int64_t) ((n < 0) != (d < 0) ? -q : q);
}

/* Returns N % D, which takes the sign of N as C requires. */
long long
__moddi3 (long long n, long long d)
{
  uint64_t rem;

  divide_unsigned (magnitude (n), magnitude (d), &rem);
  return (int64_t) (n < 0 ? -rem : rem);
}
