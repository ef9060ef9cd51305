/* Floating-point routines shared by the fpu-* and exc-* tests.

   What they check is the kernel's promise (threads/fpu.c): each
   process has a unit of its own, which starts in the reset state,
   shows nothing of what other processes do with theirs, and whose
   unmasked errors kill only the process that caused them.

   gcc may not touch the FPU in these programs (they are compiled with
   -msoft-float -mno-80387 -mno-sse, like the kernel), so every
   floating-point instruction is in an asm statement, which leaves the
   x87 stack empty again unless it means to kill the program; and gcc
   keeps nothing of its own in those registers between statements.  A
   program may look at the whole unit with FXSAVE, which the kernel
   enables for it along with SSE (CR4.OSFXSR). */

#include "tests/userprog/fpu-ops.h"
#include <stdint.h>
#include "tests/lib.h"

/* The reset state: every exception masked, round to nearest, 64-bit
   x87 significands, no flags, no registers in use. */
#define FCW_RESET 0x037f
#define MXCSR_RESET 0x1f80

/* The unit's registers as FXSAVE stores them: 512 bytes, 16-byte
   aligned. */
struct fxsave_area
  {
    uint16_t fcw;               /* x87 control word. */
    uint16_t fsw;               /* x87 status word. */
    uint8_t ftw;                /* A bit per x87 register: set if in use. */
    uint8_t reserved0;
    uint16_t fop;               /* Opcode of the last x87 instruction, */
    uint32_t fip;               /* its address, */
    uint16_t fcs, reserved1;    /* its code segment, */
    uint32_t fdp;               /* its operand's address, */
    uint16_t fds, reserved2;    /* and the operand's segment. */
    uint32_t mxcsr;             /* SSE control and status. */
    uint32_t mxcsr_mask;        /* Which MXCSR bits this CPU has. */
    uint8_t st[8][16];          /* x87 registers, 10 bytes of each used. */
    uint8_t xmm[8][16];         /* SSE registers. */
    uint8_t rest[224];          /* Reserved, or free for software. */
  }
__attribute__ ((aligned (16)));

/* Iterations of each series in fpu_run_series(): enough for the loop
   to outlast many time slices under qemu and bochs alike. */
#define SERIES_LENGTH 8000000

/* Constants that the asm statements load from memory. */
static const double quarter = 0.25, half = 0.5, two = 2.0, four = 4.0;
static const int32_t int_4 = 4, int_10 = 10, int_144 = 144;

/* Returns true if the SIZE bytes at P are all zero. */
static bool
all_zero (const void *p_, size_t size)
{
  const uint8_t *p = p_;
  size_t i;

  for (i = 0; i < size; i++)
    if (p[i] != 0)
      return false;
  return true;
}

/* Checks that the unit is exactly as a newly started process must
   find it, before the program has used it: the reset control words,
   no flags or pending error, no register in use, and every register
   zero, so that no number another program computed can be read. */
void
fpu_check_reset_state (void)
{
  static struct fxsave_area area;       /* The stack is only a page. */

  asm volatile ("fxsave %0" : "=m" (area));
  if (area.fcw != FCW_RESET || area.mxcsr != MXCSR_RESET)
    fail ("control words %04x and %08x, not %04x and %08x",
          area.fcw, (unsigned) area.mxcsr, FCW_RESET, MXCSR_RESET);
  if (area.fsw != 0)
    fail ("x87 status word %04x, not 0000", area.fsw);
  if (area.ftw != 0)
    fail ("x87 registers in use at start: tags %02x", area.ftw);
  if (!all_zero (area.st, sizeof area.st))
    fail ("x87 registers hold numbers at start");
  if (!all_zero (area.xmm, sizeof area.xmm))
    fail ("XMM registers hold numbers at start");
  msg ("the FPU starts in its reset state");
}

/* Computes (1 + 1) * sqrt (144) / 4 * 10, once with the x87 and once
   with SSE2, and reports both results, which are exact. */
void
fpu_compute_exactly (void)
{
  int32_t x87_result, sse_result;

  asm volatile ("fld1\n\t"
                "fld1\n\t"
                "faddp\n\t"
                "fildl %[c144]\n\t"
                "fsqrt\n\t"
                "fmulp\n\t"
                "fidivl %[c4]\n\t"
                "fimull %[c10]\n\t"
                "fistpl %[result]"
                : [result] "=m" (x87_result)
                : [c144] "m" (int_144), [c4] "m" (int_4),
                  [c10] "m" (int_10));
  asm volatile ("movl $1, %[result]\n\t"
                "cvtsi2sdl %[result], %%xmm0\n\t"
                "addsd %%xmm0, %%xmm0\n\t"
                "cvtsi2sdl %[c144], %%xmm1\n\t"
                "sqrtsd %%xmm1, %%xmm1\n\t"
                "mulsd %%xmm1, %%xmm0\n\t"
                "cvtsi2sdl %[c4], %%xmm1\n\t"
                "divsd %%xmm1, %%xmm0\n\t"
                "cvtsi2sdl %[c10], %%xmm1\n\t"
                "mulsd %%xmm1, %%xmm0\n\t"
                "cvtsd2si %%xmm0, %[result]"
                : [result] "=&r" (sse_result)
                : [c144] "m" (int_144), [c4] "m" (int_4),
                  [c10] "m" (int_10));
  msg ("x87: (1 + 1) * sqrt (144) / 4 * 10 = %d", (int) x87_result);
  msg ("SSE: (1 + 1) * sqrt (144) / 4 * 10 = %d", (int) sse_result);
}

/* Leaves the unit in the worst state a program can leave it: every
   x87 and SSE exception unmasked, rounding toward zero, 24-bit x87
   precision, flush-to-zero, every SSE flag raised, numbers in all x87
   and XMM registers, and last an x87 stack overflow whose error is
   pending: the next x87 instruction that checks for errors, in
   whatever program executes it, would raise #MF.  The caller must
   execute no floating-point instruction afterwards. */
void
fpu_make_dirty (void)
{
  static const uint32_t pattern[4] = {0xdeadbeef, 0x01234567,
                                      0x89abcdef, 0x5a5a5a5a};
  const uint16_t fcw = 0x0c00;
  const uint32_t mxcsr = 0xe03f;
  int i;

  asm volatile ("ldmxcsr %[mxcsr]\n\t"
                "movups %[pattern], %%xmm0\n\t"
                "movaps %%xmm0, %%xmm1\n\t"
                "movaps %%xmm0, %%xmm2\n\t"
                "movaps %%xmm0, %%xmm3\n\t"
                "movaps %%xmm0, %%xmm4\n\t"
                "movaps %%xmm0, %%xmm5\n\t"
                "movaps %%xmm0, %%xmm6\n\t"
                "movaps %%xmm0, %%xmm7\n\t"
                "fldcw %[fcw]"
                : : [mxcsr] "m" (mxcsr), [pattern] "m" (pattern),
                    [fcw] "m" (fcw));

  /* Integers load exactly, so none of these raises an error yet. */
  for (i = 0; i < 8; i++)
    asm volatile ("fildl %0" : : "m" (pattern[i % 4]));

  /* A ninth value overflows the register stack. */
  asm volatile ("fld1");
}

/* Runs two long sums at once, one in the x87 and one in SSE2, with the
   running totals and the steps held in registers the whole time, and
   fails unless both come out exact.  The steps and the rounding modes
   depend on K, so processes that run this with different K at the
   same time catch any leak of registers or control words between
   them: a total that picked up another process's step, or a control
   word that changed under it, is wrong at the end.

   The x87 adds K + 1/4 and SSE adds 3K + 1/2, SERIES_LENGTH times
   each, starting from zero; every partial sum is exact in 53 bits,
   so 4 times the first total is SERIES_LENGTH * (4K + 1) and twice
   the second SERIES_LENGTH * (6K + 1) in any rounding mode. */
void
fpu_run_series (int k)
{
  const uint16_t fcw = 0x027f | ((k & 3) << 10);      /* 53-bit, RC = K. */
  const uint32_t mxcsr = MXCSR_RESET | (((k + 1) & 3) << 13);
  const int32_t three_k = 3 * k;
  int64_t x87_total;
  int32_t sse_total;
  uint16_t fcw_after, fsw_after;
  uint32_t mxcsr_after;
  const int64_t x87_expected = (int64_t) SERIES_LENGTH * (4 * k + 1);
  const int32_t sse_expected = SERIES_LENGTH * (6 * k + 1);

  asm volatile ("fldcw %[fcw]\n\t"
                "ldmxcsr %[mxcsr]\n\t"
                "fildl %[k]\n\t"
                "faddl %[quarter]\n\t"
                "fldz\n\t"
                "cvtsi2sdl %[three_k], %%xmm1\n\t"
                "addsd %[half], %%xmm1\n\t"
                "xorpd %%xmm0, %%xmm0\n\t"
                "movl %[n], %%ecx\n"
                "1:\n\t"
                "fadd %%st(1), %%st\n\t"
                "addsd %%xmm1, %%xmm0\n\t"
                "decl %%ecx\n\t"
                "jnz 1b\n\t"
                "fmull %[four]\n\t"
                "fistpll %[x87_total]\n\t"
                "fstp %%st(0)\n\t"
                "mulsd %[two], %%xmm0\n\t"
                "cvtsd2si %%xmm0, %[sse_total]\n\t"
                "fnstcw %[fcw_after]\n\t"
                "fnstsw %[fsw_after]\n\t"
                "stmxcsr %[mxcsr_after]"
                : [x87_total] "=m" (x87_total), [sse_total] "=r" (sse_total),
                  [fcw_after] "=m" (fcw_after), [fsw_after] "=m" (fsw_after),
                  [mxcsr_after] "=m" (mxcsr_after)
                : [fcw] "m" (fcw), [mxcsr] "m" (mxcsr), [k] "m" (k),
                  [three_k] "m" (three_k), [quarter] "m" (quarter),
                  [half] "m" (half), [four] "m" (four), [two] "m" (two),
                  [n] "i" (SERIES_LENGTH)
                : "ecx", "cc");

  if (x87_total != x87_expected)
    fail ("series %d: x87 total %lld, expected %lld",
          k, (long long) x87_total, (long long) x87_expected);
  if (sse_total != sse_expected)
    fail ("series %d: SSE total %d, expected %d",
          k, (int) sse_total, (int) sse_expected);
  if (fcw_after != fcw || fsw_after != 0 || mxcsr_after != mxcsr)
    fail ("series %d: control words became %04x, %04x and %08x",
          k, fcw_after, fsw_after, (unsigned) mxcsr_after);
}

/* Divides 1 by 0 in the x87 with the zero-divide exception unmasked;
   the error is raised at the next waiting instruction (#MF), for which
   the kernel should kill us.  Returns if no exception came. */
void
fpu_x87_divide_by_zero (void)
{
  const uint16_t fcw = FCW_RESET & ~0x0004;
  const int32_t zero = 0;

  asm volatile ("fldcw %[fcw]\n\t"
                "fld1\n\t"
                "fidivl %[zero]\n\t"
                "fwait"
                : : [fcw] "m" (fcw), [zero] "m" (zero));
}

/* Divides 1 by 0 in SSE with the zero-divide exception unmasked, which
   raises #XM at once, for which the kernel should kill us.  Returns if
   no exception came, with MXCSR as the division left it. */
void
fpu_sse_divide_by_zero (void)
{
  const uint32_t mxcsr = MXCSR_RESET & ~0x0200;
  const int32_t one = 1, zero = 0;

  asm volatile ("ldmxcsr %[mxcsr]\n\t"
                "cvtsi2sdl %[one], %%xmm0\n\t"
                "cvtsi2sdl %[zero], %%xmm1\n\t"
                "divsd %%xmm1, %%xmm0"
                : : [mxcsr] "m" (mxcsr), [one] "m" (one), [zero] "m" (zero));
}
