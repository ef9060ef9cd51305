/* One of the instances that "bench-text N" runs: "child-text I" reads
   every word of a 64 kB table of constants, which the linker puts in
   the program's read-only segment beside its code, creates the file
   "readyI" to tell its parent it has, and then stays alive, polling,
   until the file "go" exists.  Only then does it fail if the table was
   wrong, so that its parent, waiting for every "readyI", never waits
   for a child that has already gone.

   While N of them wait at once, a kernel that shares executable text
   holds one copy of the table and the code; one that does not holds
   N. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "tests/lib.h"

const char *test_name = "child-text";

/* The table's entry I holds ENTRY (I).  Built up by doubling so the
   compiler, not the program at run time, computes all 16384 values,
   and so every page of the table differs from every other. */
#define ENTRY(I) ((uint32_t) (I) * 2654435761u + 0x7e57)
#define FROM_2(I) ENTRY (I), ENTRY ((I) + 1)
#define FROM_4(I) FROM_2 (I), FROM_2 ((I) + 2)
#define FROM_8(I) FROM_4 (I), FROM_4 ((I) + 4)
#define FROM_16(I) FROM_8 (I), FROM_8 ((I) + 8)
#define FROM_32(I) FROM_16 (I), FROM_16 ((I) + 16)
#define FROM_64(I) FROM_32 (I), FROM_32 ((I) + 32)
#define FROM_128(I) FROM_64 (I), FROM_64 ((I) + 64)
#define FROM_256(I) FROM_128 (I), FROM_128 ((I) + 128)
#define FROM_512(I) FROM_256 (I), FROM_256 ((I) + 256)
#define FROM_1K(I) FROM_512 (I), FROM_512 ((I) + 512)
#define FROM_2K(I) FROM_1K (I), FROM_1K ((I) + 1024)
#define FROM_4K(I) FROM_2K (I), FROM_2K ((I) + 2048)
#define FROM_8K(I) FROM_4K (I), FROM_4K ((I) + 4096)
#define FROM_16K(I) FROM_8K (I), FROM_8K ((I) + 8192)
#define TABLE_CNT 16384

static const uint32_t table[TABLE_CNT] = { FROM_16K (0) };

/* Returns the index of the first entry of the table that does not
   hold its value, or TABLE_CNT if all do. */
static size_t
first_wrong_entry (void)
{
  size_t i;

  for (i = 0; i < TABLE_CNT; i++)
    if (table[i] != ENTRY (i))
      break;
  return i;
}

int
main (int argc, char *argv[])
{
  char ready[16];
  size_t wrong;
  int fd;

  if (argc != 2)
    fail ("usage: child-text I");
  wrong = first_wrong_entry ();

  snprintf (ready, sizeof ready, "ready%s", argv[1]);
  if (!create (ready, 0))
    fail ("create \"%s\"", ready);
  while ((fd = open ("go")) < 0)
    continue;
  close (fd);

  if (wrong < TABLE_CNT)
    fail ("table entry %zu is %08x, expected %08x", wrong,
          (unsigned) table[wrong], (unsigned) ENTRY (wrong));
  return 0;
}
