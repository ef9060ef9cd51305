/* Traps into the kernel with the stack pointer at the edges of what is
   valid: frames that end exactly at the top of user space, that are
   unaligned and cross a page, that lie in read-only memory (all fine),
   and stack pointers whose call number or arguments reach past the top
   of user space or into an unmapped page, wrap around, or are null or
   in the kernel (all fatal).  A few cases raise a fault or exception
   instead of a system call with the stack pointer in such a place; the
   CPU then pushes nothing on the user stack, and the kernel must kill
   the process just the same.

   "sc-sp-edges" runs every case in a child "sc-sp-edges CASE" and
   reports how each ended: the fatal ones with -1, the others with the
   status their frame asks for. */

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include <syscall-nr.h>
#include "tests/lib.h"
#include "tests/userprog/boundary.h"

#define USER_TOP 0xc0000000u

/* What the write cases print, from a frame built by hand. */
static const char message[] =
  "(sc-sp-edges) written from a frame at the top\n";

/* A frame in read-only memory. */
static const uint32_t rodata_frame[2] = {SYS_EXIT, 44};

/* Traps with `int $0x30' with the stack pointer at ESP and returns
   %eax, if the kernel lets the process live. */
static uint32_t
trap_with_sp (uint32_t esp)
{
  uint32_t result;

  asm volatile ("movl %%esp, %%edi; movl %1, %%esp; int $0x30;"
                "movl %%edi, %%esp"
                : "=a" (result) : "r" (esp) : "edi", "memory");
  return result;
}

/* Puts the WORD_CNT words at WORDS at address AT, which may be
   unaligned, and returns AT. */
static uint32_t
put_frame (uint32_t at, const uint32_t *words, size_t word_cnt)
{
  memcpy ((void *) at, words, word_cnt * sizeof *words);
  return at;
}

/* Runs case NAME: returns if the process survived something that
   should have killed it. */
static void
run_case (const char *name)
{
  uint32_t unmapped = (uint32_t) unmapped_page ();
  uint32_t top_exit[2] = {SYS_EXIT, 42};
  uint32_t odd_exit[2] = {SYS_EXIT, 43};
  uint32_t write_call[4] = {SYS_WRITE, STDOUT_FILENO, (uint32_t) message,
                            sizeof message - 1};
  uint32_t close_call[1] = {SYS_CLOSE};

  /* Frames that are valid. */
  if (!strcmp (name, "top"))
    trap_with_sp (put_frame (USER_TOP - 8, top_exit, 2));
  else if (!strcmp (name, "odd"))
    trap_with_sp (put_frame ((uint32_t) boundary_area () - 3, odd_exit, 2));
  else if (!strcmp (name, "rodata"))
    trap_with_sp ((uint32_t) rodata_frame);
  else if (!strcmp (name, "write-top"))
    exit (trap_with_sp (put_frame (USER_TOP - 16, write_call, 4)));

  /* Frames that reach bad memory.  The write frames lack their last
     argument, so nothing must be written; close would do nothing
     whatever descriptor it read, so the process lives only if the
     kernel reads its argument from past the top. */
  else if (!strcmp (name, "close-past-top"))
    trap_with_sp (put_frame (USER_TOP - 4, close_call, 1));
  else if (!strcmp (name, "write-past-top"))
    trap_with_sp (put_frame (USER_TOP - 12, write_call, 3));
  else if (!strcmp (name, "write-unmapped"))
    trap_with_sp (put_frame (unmapped - 12, write_call, 3));
  else if (!strcmp (name, "number-past-top"))
    trap_with_sp (USER_TOP - 2);
  else if (!strcmp (name, "number-unmapped"))
    trap_with_sp (unmapped - 2);
  else if (!strcmp (name, "at-top"))
    trap_with_sp (USER_TOP);
  else if (!strcmp (name, "wrap"))
    trap_with_sp (0xfffffffc);
  else if (!strcmp (name, "null"))
    trap_with_sp (0);

  /* Faults and exceptions with a bad stack pointer. */
  else if (!strcmp (name, "push-kernel"))
    asm volatile ("movl %%esp, %%edi; movl $0xc0100000, %%esp; pushl $0;"
                  "movl %%edi, %%esp" : : : "edi", "memory");
  else if (!strcmp (name, "int3-null"))
    asm volatile ("movl %%esp, %%edi; movl $0, %%esp; int3;"
                  "movl %%edi, %%esp" : : : "edi", "memory");
  else if (!strcmp (name, "ud2-wrap"))
    asm volatile ("movl %%esp, %%edi; movl $0xfffffffc, %%esp; ud2;"
                  "movl %%edi, %%esp" : : : "edi", "memory");
  else
    fail ("no case \"%s\"", name);
}

/* The cases, in the order they run. */
static const char *const cases[] =
  {
    "top", "odd", "rodata", "write-top", "close-past-top", "write-past-top",
    "write-unmapped", "number-past-top", "number-unmapped", "at-top",
    "wrap", "null", "push-kernel", "int3-null", "ud2-wrap",
  };

int
main (int argc, char *argv[])
{
  test_name = "sc-sp-edges";
  if (argc == 2)
    {
      run_case (argv[1]);
      fail ("case %s: the process survived", argv[1]);
    }

  msg ("begin");
  run_cases ("sc-sp-edges", cases, sizeof cases / sizeof *cases);
  msg ("end");
  return 0;
}
