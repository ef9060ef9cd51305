/* Addresses at the edges of a test program's memory.

   boundary_area() is a page boundary with mapped, writable memory on
   both sides, for arguments that are valid although they cross a page.
   unmapped_page() is the first page past the program's loaded
   segments, found from the program headers that the loader maps along
   with the code at the start of the first segment; arguments that run
   into it are invalid. */

#include "tests/userprog/boundary.h"
#include <stdint.h>
#include <string.h>
#include "tests/lib.h"

#define PAGE_SIZE 4096

/* Where every test program's first segment, and so its ELF header,
   begins (see lib/user/user.lds). */
#define IMAGE_BASE 0x08048000

/* Three pages, so that two whole pages lie inside wherever it lands. */
static char area[3 * PAGE_SIZE];

/* Returns an address on a page boundary with a page of mapped,
   writable memory on each side. */
void *
boundary_area (void)
{
  uintptr_t mid = (uintptr_t) area + PAGE_SIZE;
  return (void *) (mid + PAGE_SIZE - mid % PAGE_SIZE);
}

/* Copies S so that it crosses boundary_area()'s page boundary and
   returns the copy. */
char *
boundary_string (const char *s)
{
  char *copy = (char *) boundary_area () - strlen (s) / 2;

  memcpy (copy, s, strlen (s) + 1);
  return copy;
}

/* Returns the end of the highest loaded segment. */
static uintptr_t
image_end (void)
{
  const uint8_t *image = (const uint8_t *) IMAGE_BASE;
  uint32_t phoff = *(const uint32_t *) (image + 28);
  uint16_t phnum = *(const uint16_t *) (image + 44);
  uintptr_t end = 0;
  int i;

  for (i = 0; i < phnum; i++)
    {
      const uint32_t *ph = (const uint32_t *) (image + phoff + 32 * i);
      uint32_t type = ph[0], vaddr = ph[2], memsz = ph[5];

      if (type == 1 && vaddr + memsz > end)
        end = vaddr + memsz;
    }
  return end;
}

/* Returns the first page past the end of the highest loaded
   segment: nothing is mapped there. */
void *
unmapped_page (void)
{
  return (void *) ((image_end () + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE);
}

/* Copies S, without its null terminator, so that it ends just where
   unmapped_page() begins, and returns the copy: a string that runs
   into unmapped memory.  The copy goes into the slack between the end
   of the data and the end of its page, or into `area' if that is the
   last thing in the data, so that it overwrites no other variable. */
char *
string_into_unmapped (const char *s)
{
  char *page_end = unmapped_page ();
  char *copy = page_end - strlen (s);

  if (copy < (char *) image_end ()
      && !(copy >= area && (char *) image_end () == area + sizeof area))
    fail ("no room for a string at the end of the data segment");
  memcpy (copy, s, strlen (s));
  return copy;
}
