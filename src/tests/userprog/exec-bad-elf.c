/* Executes files that are not valid executables for this kernel, each
   made from a copy of child-simple with one thing broken.  Every exec
   must return -1; then the intact copy must run, which shows the
   copies were made right and that the failures leaked nothing it
   needs.  Run as elf-stack-seg (tests/vm), it breaks the copies in
   the ways only the VM build's layout forbids instead. */

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

/* A copy of child-simple and its size. */
static uint8_t image[128 * 1024];
static size_t image_size;

/* ELF header fields, by offset. */
#define E_IDENT 0
#define E_TYPE 16
#define E_MACHINE 18
#define E_VERSION 20
#define E_ENTRY 24
#define E_PHOFF 28
#define E_PHENTSIZE 42
#define E_PHNUM 44

/* Program header fields, by offset. */
#define P_TYPE 0
#define P_OFFSET 4
#define P_VADDR 8
#define P_FILESZ 16
#define P_MEMSZ 20

static uint32_t
get32 (const uint8_t *p)
{
  uint32_t v;
  memcpy (&v, p, sizeof v);
  return v;
}

static void
put32 (uint8_t *p, uint32_t v)
{
  memcpy (p, &v, sizeof v);
}

static void
put16 (uint8_t *p, uint16_t v)
{
  memcpy (p, &v, sizeof v);
}

/* Returns program header I of ELF. */
static uint8_t *
phdr (uint8_t *elf, int i)
{
  return elf + get32 (elf + E_PHOFF) + 32 * i;
}

/* Returns the number of program headers in ELF. */
static int
phnum (const uint8_t *elf)
{
  uint16_t n;
  memcpy (&n, elf + E_PHNUM, sizeof n);
  return n;
}

/* Returns the first (FIRST) or last PT_LOAD header of ELF. */
static uint8_t *
load_phdr (uint8_t *elf, bool first)
{
  uint8_t *found = NULL;
  int i;

  for (i = 0; i < phnum (elf); i++)
    if (get32 (phdr (elf, i) + P_TYPE) == 1)
      {
        found = phdr (elf, i);
        if (first)
          break;
      }
  if (found == NULL)
    fail ("child-simple has no PT_LOAD segment");
  return found;
}

/* Writes SIZE bytes of ELF to a new file NAME and returns what exec
   of it returns. */
static pid_t
write_and_exec (const char *name, const uint8_t *elf, size_t size)
{
  int fd;

  if (!create (name, size) || (fd = open (name)) < 0
      || write (fd, elf, size) != (int) size)
    fail ("could not write %s", name);
  close (fd);
  return exec (name);
}

/* One way to break an executable: what it is, and a function that
   breaks ELF, of *SIZE bytes, in place. */
struct breakage
  {
    const char *what;
    void (*apply) (uint8_t *elf, size_t *size);
  };

static void bad_magic (uint8_t *e, size_t *s UNUSED) { e[E_IDENT + 1] = 'X'; }
static void bad_class (uint8_t *e, size_t *s UNUSED) { e[E_IDENT + 4] = 2; }
static void bad_data (uint8_t *e, size_t *s UNUSED) { e[E_IDENT + 5] = 2; }
static void bad_type (uint8_t *e, size_t *s UNUSED) { put16 (e + E_TYPE, 3); }
static void bad_machine (uint8_t *e, size_t *s UNUSED)
{ put16 (e + E_MACHINE, 62); }
static void bad_version (uint8_t *e, size_t *s UNUSED)
{ put32 (e + E_VERSION, 0); }
static void bad_phentsize (uint8_t *e, size_t *s UNUSED)
{ put16 (e + E_PHENTSIZE, 20); }
static void no_phdrs (uint8_t *e, size_t *s UNUSED) { put16 (e + E_PHNUM, 0); }
static void many_phdrs (uint8_t *e, size_t *s UNUSED)
{ put16 (e + E_PHNUM, 0xffff); }
static void phoff_past_end (uint8_t *e, size_t *s)
{ put32 (e + E_PHOFF, *s + 100); }
static void phoff_wraps (uint8_t *e, size_t *s UNUSED)
{ put32 (e + E_PHOFF, 0xfffffff0); }
static void entry_outside (uint8_t *e, size_t *s UNUSED)
{ put32 (e + E_ENTRY, 0x20000000); }
static void truncated (uint8_t *e UNUSED, size_t *s) { *s = 30; }
static void empty (uint8_t *e UNUSED, size_t *s) { *s = 0; }

static void
segment_in_kernel (uint8_t *e, size_t *s UNUSED)
{
  uint8_t *ph = load_phdr (e, true);
  put32 (ph + P_VADDR, 0xc0000000 + get32 (ph + P_VADDR) % 4096);
}

static void
segment_in_page_0 (uint8_t *e, size_t *s UNUSED)
{
  uint8_t *ph = load_phdr (e, true);
  put32 (ph + P_VADDR, get32 (ph + P_VADDR) % 4096);
}

static void
segment_wraps (uint8_t *e, size_t *s UNUSED)
{
  put32 (load_phdr (e, false) + P_MEMSZ, 0xfffff000);
}

static void
filesz_over_memsz (uint8_t *e, size_t *s UNUSED)
{
  uint8_t *ph = load_phdr (e, false);
  put32 (ph + P_FILESZ, get32 (ph + P_MEMSZ) + 1);
}

static void
offset_past_end (uint8_t *e, size_t *s)
{
  uint8_t *ph = load_phdr (e, false);
  put32 (ph + P_OFFSET, get32 (ph + P_OFFSET) + (*s + 4095) / 4096 * 4096);
}

static void
offset_incongruent (uint8_t *e, size_t *s UNUSED)
{
  uint8_t *ph = load_phdr (e, false);
  put32 (ph + P_OFFSET, get32 (ph + P_OFFSET) + 1);
}

static void
interp_segment (uint8_t *e, size_t *s UNUSED)
{
  put32 (phdr (e, phnum (e) - 1) + P_TYPE, 3);
}

static void
dynamic_segment (uint8_t *e, size_t *s UNUSED)
{
  put32 (phdr (e, phnum (e) - 1) + P_TYPE, 2);
}

static void
huge_bss (uint8_t *e, size_t *s UNUSED)
{
  put32 (load_phdr (e, false) + P_MEMSZ, 0x30000000);
}

/* Moves the last loadable segment so that it starts in the page at
   PAGE, taking the entry point along if it lies in that segment, so
   that nothing but the segment's place is wrong. */
static void
move_last_segment (uint8_t *e, uint32_t page)
{
  uint8_t *ph = load_phdr (e, false);
  uint32_t from = get32 (ph + P_VADDR);
  uint32_t to = page + from % 4096;
  uint32_t entry = get32 (e + E_ENTRY);

  put32 (ph + P_VADDR, to);
  if (entry >= from && entry - from < get32 (ph + P_MEMSZ))
    put32 (e + E_ENTRY, entry - from + to);
}

/* In a VM build the top 8 MB of user space are the stack's: a segment
   may not lie in them, nor reach their lowest page, the guard. */
static void
segment_in_stack (uint8_t *e, size_t *s UNUSED)
{
  move_last_segment (e, 0xbfa00000);
}

static void
segment_on_guard (uint8_t *e, size_t *s UNUSED)
{
  uint8_t *ph = load_phdr (e, false);

  move_last_segment (e, 0xbf7ff000);
  put32 (ph + P_MEMSZ, get32 (ph + P_MEMSZ) + 4096);
}

static const struct breakage breakages[] =
  {
    {"bad magic", bad_magic},
    {"64-bit class", bad_class},
    {"big-endian", bad_data},
    {"shared object type", bad_type},
    {"x86-64 machine", bad_machine},
    {"version 0", bad_version},
    {"wrong phentsize", bad_phentsize},
    {"no program headers", no_phdrs},
    {"65535 program headers", many_phdrs},
    {"headers past end of file", phoff_past_end},
    {"header offset wraps", phoff_wraps},
    {"entry outside segments", entry_outside},
    {"truncated to 30 bytes", truncated},
    {"empty file", empty},
    {"segment in kernel space", segment_in_kernel},
    {"segment in page 0", segment_in_page_0},
    {"segment wraps around", segment_wraps},
    {"file size over memory size", filesz_over_memsz},
    {"segment past end of file", offset_past_end},
    {"offset and address incongruent", offset_incongruent},
    {"PT_INTERP segment", interp_segment},
    {"PT_DYNAMIC segment", dynamic_segment},
    {"768 MB of bss", huge_bss},
  };

/* What elf-stack-seg, a test of the VM build, runs instead. */
static const struct breakage stack_breakages[] =
  {
    {"segment in the stack region", segment_in_stack},
    {"segment reaching the guard page", segment_on_guard},
  };

void
test_main (void)
{
  static uint8_t broken[sizeof image];
  const struct breakage *list = breakages;
  size_t cnt = sizeof breakages / sizeof *breakages;
  size_t i;
  pid_t pid;
  int fd;

  CHECK ((fd = open ("child-simple")) > 1, "open \"child-simple\"");
  image_size = read (fd, image, sizeof image);
  if (image_size == 0 || image_size == sizeof image)
    fail ("child-simple is %zu bytes", image_size);
  close (fd);

  if (!strcmp (test_name, "elf-stack-seg"))
    {
      list = stack_breakages;
      cnt = sizeof stack_breakages / sizeof *stack_breakages;
    }
  for (i = 0; i < cnt; i++)
    {
      char name[16];
      size_t size = image_size;

      memcpy (broken, image, image_size);
      list[i].apply (broken, &size);
      snprintf (name, sizeof name, "bad-%zu", i);
      msg ("%s: exec = %d", list[i].what,
           write_and_exec (name, broken, size));
      remove (name);
    }

  msg ("intact copy:");
  pid = write_and_exec ("good", image, image_size);
  if (pid == PID_ERROR)
    fail ("exec of the intact copy failed");
  msg ("wait = %d", wait (pid));
}
