/* mmap() calls that must fail with MAP_FAILED and change nothing.  The
   program's name says which:

     mmap-null        address 0;
     mmap-misalign    addresses that are not page-aligned;
     mmap-zero        a file of length zero;
     mmap-bad-fd      the console descriptors 0 and 1, and descriptors
                      that are not open;
     mmap-over-code   the pages of the program's code;
     mmap-over-data   the pages of its initialized and zeroed data,
                      touched or not;
     mmap-over-stk    the page of the stack in use.

   Where the refused address was in use, the test then checks that what
   was there is still there. */

#include <stdint.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/vm/mapping.h"

/* Initialized data, and zeroed data of which only one page is ever
   touched. */
static int initialized = 1234;
static char zeroed[64 * 1024];

/* Returns the start of the page holding ADDR. */
static void *
page_of (const void *addr)
{
  return (void *) ((uintptr_t) addr & ~(uintptr_t) 0xfff);
}

/* Maps FD at ADDR, described as WHAT, and fails unless mmap refuses. */
static void
expect_refusal (int fd, void *addr, const char *what)
{
  CHECK (mmap (fd, addr) == MAP_FAILED, "mmap at %s must fail", what);
}

/* Opens sample.txt, which the tests map where they may not. */
static int
open_sample (void)
{
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  return fd;
}

static void
refuse_null (void)
{
  expect_refusal (open_sample (), NULL, "address 0");
}

static void
refuse_misaligned (void)
{
  int fd = open_sample ();

  expect_refusal (fd, (char *) MAP_ADDR + 1, "MAP_ADDR + 1");
  expect_refusal (fd, (char *) MAP_ADDR + 2048, "MAP_ADDR + 2048");
  CHECK (mmap (fd, MAP_ADDR) != MAP_FAILED, "mmap at MAP_ADDR works");
}

static void
refuse_empty (void)
{
  int fd = make_file ("empty", NULL, 0);

  expect_refusal (fd, MAP_ADDR, "MAP_ADDR of an empty file");
}

static void
refuse_bad_fds (void)
{
  static const int fds[] = {0, 1, 2, 5, 128, -1, 0x7fffffff};
  size_t i;

  for (i = 0; i < sizeof fds / sizeof *fds; i++)
    CHECK (mmap (fds[i], MAP_ADDR) == MAP_FAILED,
           "mmap of fd %d must fail", fds[i]);
}

static void
refuse_code (void)
{
  int fd = open_sample ();
  unsigned char before[64];

  memcpy (before, (const void *) refuse_code, sizeof before);
  expect_refusal (fd, (void *) 0x08048000, "the program's first page");
  expect_refusal (fd, page_of ((const void *) refuse_code),
                  "this function's code");
  CHECK (!memcmp (before, (const void *) refuse_code, sizeof before),
         "the code is unchanged");
}

static void
refuse_data (void)
{
  int fd = open_sample ();

  zeroed[0] = 1;
  expect_refusal (fd, page_of (&initialized), "initialized data");
  expect_refusal (fd, page_of (zeroed), "touched zeroed data");
  expect_refusal (fd, page_of (zeroed + sizeof zeroed / 2),
                  "untouched zeroed data");
  CHECK (initialized == 1234 && zeroed[0] == 1
         && zeroed[sizeof zeroed / 2] == 0, "the data is unchanged");
}

static void
refuse_stack (void)
{
  int fd = open_sample ();
  volatile int local = 5678;

  expect_refusal (fd, page_of ((const void *) &local), "the stack");
  CHECK (local == 5678, "the stack is unchanged");
}

int
main (int argc UNUSED, char *argv[])
{
  static const struct
    {
      const char *name;
      void (*run) (void);
    }
  cases[] =
    {
      {"mmap-null", refuse_null},
      {"mmap-misalign", refuse_misaligned},
      {"mmap-zero", refuse_empty},
      {"mmap-bad-fd", refuse_bad_fds},
      {"mmap-over-code", refuse_code},
      {"mmap-over-data", refuse_data},
      {"mmap-over-stk", refuse_stack},
    };
  size_t i;

  test_name = argv[0];
  msg ("begin");
  for (i = 0; i < sizeof cases / sizeof *cases; i++)
    if (!strcmp (test_name, cases[i].name))
      {
        cases[i].run ();
        msg ("end");
        return 0;
      }
  fail ("no such case");
}
