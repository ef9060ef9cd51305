/* Makes the CPU raise an exception in user mode, one the bad-* tests
   do not reach.  The kernel must kill the program with status -1 and
   stay up; the program's name says which exception:

     exc-nt-iret  #TS: `iret' with the nested-task flag set, which asks
                  for a return to a previous task through the TSS;
     exc-np       #NP: a not-present segment loaded into DS (the
                  kernel's GDT keeps one, SEL_UABSENT, for this);
     exc-ss       #SS: the same segment loaded into SS;
     exc-ac       #AC: a misaligned load with alignment checking on
                  (EFLAGS.AC, honoured because the kernel sets CR0.AM);
     exc-mf       #MF: an x87 division by zero, unmasked;
     exc-xm       #XM: an SSE division by zero, unmasked;
     exc-db       #DB: single-stepping (EFLAGS.TF);
     exc-db-syscall
                  #DB again, with TF set for a system call: entering
                  the kernel through a gate clears TF, so the trap
                  comes after the return to user mode, never in the
                  kernel;
     exc-icebp    #DB: the one-byte `int1' (ICEBP) instruction;
     exc-bp       #BP: int3;
     exc-of       #OF: into after a signed overflow;
     exc-br       #BR: bound with an index out of range.

   qemu's TCG (up to at least qemu 7.2) implements neither alignment
   checking nor the delivery of SIMD floating-point exceptions: there
   exc-ac and exc-xm cannot be killed whatever the kernel does.  When
   they survive on that CPU, and only then, they say so and exit with
   status 0, which their checks accept as the one other outcome; on
   any other CPU surviving is a failure. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include <syscall-nr.h>
#include "tests/lib.h"
#include "tests/userprog/fpu-ops.h"

/* EFLAGS bits. */
#define FLAG_TF 0x00000100      /* Trap after each instruction. */
#define FLAG_NT 0x00004000      /* Nested task. */
#define FLAG_AC 0x00040000      /* Alignment check. */

/* MXCSR bits. */
#define MXCSR_ZE 0x0004         /* Zero-divide flag. */
#define MXCSR_ZM 0x0200         /* Zero-divide mask. */

/* SEL_UABSENT in threads/loader.h. */
#define SEL_ABSENT 0x33

/* Executes `iret' with EFLAGS.NT set, on a frame that would simply
   return to the next instruction if the flag were ignored. */
static void
iret_nested_task (void)
{
  asm volatile ("pushfl\n\t"
                "orl %0, (%%esp)\n\t"
                "popfl\n\t"
                "pushfl\n\t"
                "pushl %%cs\n\t"
                "pushl $1f\n\t"
                "iret\n"
                "1:"
                : : "i" (FLAG_NT) : "memory", "cc");
}

/* Makes the system call tell (1) with EFLAGS.TF set. */
static void
single_step_syscall (void)
{
  asm volatile ("pushl $1\n\t"
                "pushl %0\n\t"
                "pushfl\n\t"
                "orl %1, (%%esp)\n\t"
                "popfl\n\t"
                "int $0x30\n\t"
                "addl $8, %%esp"
                : : "i" (SYS_TELL), "i" (FLAG_TF) : "eax", "memory", "cc");
}

/* Loads a 32-bit word from an odd address with alignment checking on,
   turning it off again at once, for the C code after it. */
static void
misaligned_load (void)
{
  static uint32_t words[2];

  asm volatile ("pushfl\n\t"
                "orl %1, (%%esp)\n\t"
                "popfl\n\t"
                "movl %0, %%eax\n\t"
                "pushfl\n\t"
                "andl %2, (%%esp)\n\t"
                "popfl"
                : : "m" (*(uint32_t *) ((uint8_t *) words + 1)),
                    "i" (FLAG_AC), "i" (~FLAG_AC)
                : "eax", "memory", "cc");
}

/* True if the CPU is qemu's TCG, whose hypervisor leaf of CPUID
   (present when CPUID.1:ECX bit 31 is set) reads "TCGTCGTCGTCG". */
static bool
on_qemu_tcg (void)
{
  uint32_t eax = 1, ebx, ecx, edx;
  uint32_t signature[3];

  asm ("cpuid" : "+a" (eax), "=b" (ebx), "=c" (ecx), "=d" (edx));
  if ((ecx & 0x80000000) == 0)
    return false;
  eax = 0x40000000;
  asm ("cpuid" : "+a" (eax), "=b" (signature[0]), "=c" (signature[1]),
       "=d" (signature[2]));
  return !memcmp (signature, "TCGTCGTCGTCG", sizeof signature);
}

/* Called when the exception WHAT did not come: ends the program with
   status 0 if that is qemu's TCG's doing, fails otherwise. */
static void
survived (const char *what)
{
  if (!on_qemu_tcg ())
    fail ("should have been killed");
  msg ("not tested: qemu's TCG does not raise %s", what);
  exit (0);
}

int
main (int argc UNUSED, char *argv[])
{
  const char *what = argv[0];
  static const int32_t bounds[2] = {0, 1};

  test_name = what;
  msg ("begin");
  if (!strcmp (what, "exc-nt-iret"))
    iret_nested_task ();
  else if (!strcmp (what, "exc-np"))
    asm volatile ("movw %w0, %%ds" : : "r" (SEL_ABSENT));
  else if (!strcmp (what, "exc-ss"))
    asm volatile ("movw %w0, %%ss" : : "r" (SEL_ABSENT));
  else if (!strcmp (what, "exc-ac"))
    {
      misaligned_load ();
      survived ("#AC");
    }
  else if (!strcmp (what, "exc-mf"))
    fpu_x87_divide_by_zero ();
  else if (!strcmp (what, "exc-xm"))
    {
      uint32_t mxcsr;

      fpu_sse_divide_by_zero ();
      asm volatile ("stmxcsr %0" : "=m" (mxcsr));
      if ((mxcsr & (MXCSR_ZE | MXCSR_ZM)) != MXCSR_ZE)
        fail ("SSE state changed under the division: MXCSR %08x",
              (unsigned) mxcsr);
      survived ("#XM");
    }
  else if (!strcmp (what, "exc-db"))
    asm volatile ("pushfl; orl %0, (%%esp); popfl; nop"
                  : : "i" (FLAG_TF) : "cc");
  else if (!strcmp (what, "exc-db-syscall"))
    single_step_syscall ();
  else if (!strcmp (what, "exc-icebp"))
    asm volatile (".byte 0xf1");
  else if (!strcmp (what, "exc-bp"))
    asm volatile ("int3");
  else if (!strcmp (what, "exc-of"))
    asm volatile ("movl $0x7fffffff, %%eax; incl %%eax; into"
                  : : : "eax", "cc");
  else if (!strcmp (what, "exc-br"))
    asm volatile ("boundl %0, %1" : : "r" (5), "m" (bounds));
  fail ("should have been killed");
}
