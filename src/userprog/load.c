/* The program loader.

   program_load() opens an executable, checks it, and describes its
   loadable segments in a struct program: the open file (kept, with
   writes denied, until the last process holding it ends) and, per
   segment, where its bytes are in the file and where they go in
   memory.  Every page a segment touches becomes a page of the process:

     - in a VM build, an entry of the supplemental page table of kind
       PAGE_PROGRAM, filled on first touch by program_read_page(); or
       of kind PAGE_ZERO if no file byte of any segment falls in it (a
       page wholly in the BSS), which reads as vm/'s shared zero page
       until it is written;
     - otherwise a frame, filled at once by program_read_page().

   The heap starts right above the program: program_load() sets the
   process's heap_start and brk to the first page boundary past the
   highest byte of any segment.

   A page is the same whichever segment reaches it first: binutils
   (with -z separate-code) puts the end of one segment and the start of
   the next in a single page.  So a page is never "of a segment": it is
   filled by program_read_page() from every segment that overlaps it,
   zeros elsewhere, and is writable if any of those segments is.  Both
   are worked out from the whole segment list, which is complete before
   the first page is added, so loading lazily and loading at once give
   the same bytes.

   We accept static 32-bit little-endian i386 executables only.  The
   file is user data: every field we rely on is checked before use,
   and a malformed file makes the load fail, never the kernel.  The
   types and constants follow the ELF specification.

   Synchronization: a struct program is shared by the processes that
   fork() made from one another (program_share()), and read by their
   threads' page faults at any time; nothing in it changes after
   program_load() but the count of holders, which is updated with
   interrupts off.  The file system does its own locking. */

#include "userprog/load.h"
#include <debug.h>
#include <stdint.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#ifdef VM
#include "vm/page.h"
#else
#include "threads/palloc.h"
#include "userprog/pagedir.h"
#endif

/* Where one loadable segment's bytes are, and where they go. */
struct segment
  {
    uintptr_t vaddr;            /* First byte in memory. */
    uint32_t memsz;             /* Bytes in memory; past FILESZ, zeros. */
    uint32_t filesz;            /* Bytes taken from the file. */
    uint32_t offset;            /* Where those start in the file. */
    bool writable;              /* May the program write them? */
  };

/* A loaded executable. */
struct program
  {
    struct file *file;          /* Open, writes denied. */
    unsigned holders;           /* Processes that will program_close(). */
    size_t seg_cnt;             /* Entries in SEGS. */
    struct segment segs[];      /* The non-empty PT_LOAD segments. */
  };

typedef uint32_t Elf32_Word, Elf32_Addr, Elf32_Off;
typedef uint16_t Elf32_Half;

/* The ELF file header, at offset 0. */
struct Elf32_Ehdr
  {
    unsigned char e_ident[16];                  /* See ehdr_valid(). */
    Elf32_Half e_type, e_machine;               /* ET_EXEC, EM_386. */
    Elf32_Word e_version;                       /* EV_CURRENT. */
    Elf32_Addr e_entry;                         /* First instruction. */
    Elf32_Off e_phoff, e_shoff;                 /* Header tables. */
    Elf32_Word e_flags;                         /* None for i386. */
    Elf32_Half e_ehsize, e_phentsize, e_phnum;  /* Sizes, count. */
    Elf32_Half e_shentsize, e_shnum, e_shstrndx;    /* Unused here. */
  };

/* A program header: one entry of the table at e_phoff. */
struct Elf32_Phdr
  {
    Elf32_Word p_type;                  /* PT_LOAD and friends. */
    Elf32_Off p_offset;                 /* Segment's bytes in the file. */
    Elf32_Addr p_vaddr, p_paddr;        /* Where it goes (p_paddr unused). */
    Elf32_Word p_filesz, p_memsz;       /* Its size in file, in memory. */
    Elf32_Word p_flags, p_align;        /* ELF_PF_* bits; alignment. */
  };

/* e_ident[] bytes and e_* values we require. */
#define ELFCLASS32 1            /* e_ident[4]: 32-bit objects. */
#define ELFDATA2LSB 1           /* e_ident[5]: little-endian. */
#define EV_CURRENT 1            /* e_ident[6] and e_version. */
#define ET_EXEC 2               /* e_type: executable. */
#define EM_386 3                /* e_machine: Intel 80386. */

/* Program header types that matter to us. */
#define PT_LOAD 1               /* Loadable segment. */
#define PT_DYNAMIC 2            /* Dynamic linking: refused. */
#define PT_INTERP 3             /* Program interpreter: refused. */
#define PT_SHLIB 5              /* Reserved: refused. */

/* p_flags bit for a writable segment.  ELF calls it PF_W, a name
   exception.h already gives to the page-fault "write" bit. */
#define ELF_PF_W 2

/* Most program headers we accept: a page of them, far more than any
   real static executable has. */
#define PHNUM_MAX (PGSIZE / sizeof (struct Elf32_Phdr))

/* True if the LEN bytes at file offset OFS lie within a file of
   FILE_LEN bytes, without overflow. */
static bool
within_file (uint32_t ofs, uint32_t len, off_t file_len)
{
  return ofs <= (uint32_t) file_len && len <= (uint32_t) file_len - ofs;
}

/* True if EHDR is the header of an executable we can run, in a file
   of FILE_LEN bytes. */
static bool
ehdr_valid (const struct Elf32_Ehdr *ehdr, off_t file_len)
{
  static const unsigned char ident[7] =
    { 0x7f, 'E', 'L', 'F', ELFCLASS32, ELFDATA2LSB, EV_CURRENT };

  return (memcmp (ehdr->e_ident, ident, sizeof ident) == 0
          && ehdr->e_type == ET_EXEC
          && ehdr->e_machine == EM_386
          && ehdr->e_version == EV_CURRENT
          && ehdr->e_phentsize == sizeof (struct Elf32_Phdr)
          && ehdr->e_phnum >= 1 && ehdr->e_phnum <= PHNUM_MAX
          && within_file (ehdr->e_phoff,
                          ehdr->e_phnum * sizeof (struct Elf32_Phdr),
                          file_len));
}

/* True if PHDR is acceptable in a file of FILE_LEN bytes: a PT_LOAD
   segment that fits in the file and in user space above page 0 -- in
   a VM build, below the 8 MB stack region, whose pages are the stack's
   and whose lowest page, the guard, is never mapped -- or a header we
   may ignore.  An empty PT_LOAD segment is ignored whatever its
   addresses: ld emits one at address 0 for a program without data
   when the linker script names a data segment.  Segments needing a
   dynamic linker are not acceptable. */
static bool
phdr_valid (const struct Elf32_Phdr *phdr, off_t file_len)
{
#ifdef VM
  uintptr_t user_top = (uintptr_t) STACK_GUARD;
#else
  uintptr_t user_top = (uintptr_t) PHYS_BASE;
#endif

  switch (phdr->p_type)
    {
    case PT_DYNAMIC:
    case PT_INTERP:
    case PT_SHLIB:
      return false;
    case PT_LOAD:
      if (phdr->p_filesz > phdr->p_memsz)
        return false;
      if (phdr->p_memsz == 0)
        return true;
      return (phdr->p_offset % PGSIZE == phdr->p_vaddr % PGSIZE
              && within_file (phdr->p_offset, phdr->p_filesz, file_len)
              && phdr->p_vaddr >= PGSIZE
              && phdr->p_vaddr < user_top
              && phdr->p_memsz <= user_top - phdr->p_vaddr);
    default:
      return true;
    }
}

/* True if segment S reaches into the user page at UPAGE. */
static bool
touches (const struct segment *s, uintptr_t upage)
{
  return upage + PGSIZE > s->vaddr && upage < s->vaddr + s->memsz;
}

/* True if the page at UPAGE must be writable: a writable segment of
   PROG touches it. */
static bool
page_writable (const struct program *prog, uintptr_t upage)
{
  size_t i;

  for (i = 0; i < prog->seg_cnt; i++)
    if (prog->segs[i].writable && touches (&prog->segs[i], upage))
      return true;
  return false;
}

#ifdef VM
/* True if some segment of PROG has file bytes in the user page at
   UPAGE; false for a page that is all BSS (or all gaps).  Only vm/
   treats such pages apart. */
static bool
page_has_file_bytes (const struct program *prog, uintptr_t upage)
{
  size_t i;

  for (i = 0; i < prog->seg_cnt; i++)
    {
      const struct segment *s = &prog->segs[i];

      if (s->filesz > 0 && upage < s->vaddr + s->filesz
          && upage + PGSIZE > s->vaddr)
        return true;
    }
  return false;
}
#endif

/* Fills KPAGE with the bytes of PROG's page at UPAGE: each segment's
   file bytes where it has them, zeros everywhere else.  Returns how
   many bytes came from the file (0 for a page of the BSS alone), or -1
   if the file came up short. */
int
program_read_page (const struct program *prog, const void *upage,
                   void *kpage)
{
  uintptr_t page = (uintptr_t) upage;
  int total = 0;
  size_t i;

  memset (kpage, 0, PGSIZE);
  for (i = 0; i < prog->seg_cnt; i++)
    {
      const struct segment *s = &prog->segs[i];
      uintptr_t lo = page > s->vaddr ? page : s->vaddr;
      uintptr_t file_end = s->vaddr + s->filesz;
      uintptr_t hi = page + PGSIZE < file_end ? page + PGSIZE : file_end;
      off_t len = hi - lo;

      if (lo >= hi)
        continue;
      if (file_read_at (prog->file, (uint8_t *) kpage + (lo - page), len,
                        s->offset + (lo - s->vaddr)) != len)
        return -1;
      total += len;
    }
  return total;
}

/* Makes the page at UPAGE, which some segment of PROG touches, a page
   of the running process, unless an earlier segment already did.
   Returns false if memory is short or the file came up short. */
static bool
add_page (struct program *prog, uintptr_t upage)
{
  bool writable = page_writable (prog, upage);
  void *addr = (void *) upage;
#ifdef VM
  struct spt *spt = &thread_current ()->process->spt;

  if (page_exists (spt, addr))
    return true;
  if (!page_has_file_bytes (prog, upage))
    return page_add (spt, addr, PAGE_ZERO, NULL, writable);
  return page_add (spt, addr, PAGE_PROGRAM, prog, writable);
#else
  uint32_t *pd = thread_current ()->pagedir;
  void *kpage;

  if (pagedir_get_page (pd, addr) != NULL)
    return true;
  kpage = palloc_get_page (PAL_USER);
  if (kpage == NULL)
    return false;
  if (program_read_page (prog, addr, kpage) >= 0
      && pagedir_set_page (pd, addr, kpage, writable))
    return true;
  palloc_free_page (kpage);
  return false;
#endif
}

/* Reads and checks FILE's program headers, and returns a struct
   program for FILE with its loadable segments, or null if a header is
   bad or memory is short. */
static struct program *
read_segments (struct file *file, const struct Elf32_Ehdr *ehdr)
{
  off_t file_len = file_length (file);
  size_t table_size = ehdr->e_phnum * sizeof (struct Elf32_Phdr);
  struct Elf32_Phdr *phdrs = malloc (table_size);
  struct program *prog = NULL;
  size_t i;

  if (phdrs == NULL
      || file_read_at (file, phdrs, table_size, ehdr->e_phoff)
         != (off_t) table_size)
    goto done;
  for (i = 0; i < ehdr->e_phnum; i++)
    if (!phdr_valid (&phdrs[i], file_len))
      goto done;

  prog = malloc (sizeof *prog + ehdr->e_phnum * sizeof *prog->segs);
  if (prog == NULL)
    goto done;
  prog->file = file;
  prog->holders = 1;
  prog->seg_cnt = 0;
  for (i = 0; i < ehdr->e_phnum; i++)
    if (phdrs[i].p_type == PT_LOAD && phdrs[i].p_memsz > 0)
      {
        struct segment *s = &prog->segs[prog->seg_cnt++];

        s->vaddr = phdrs[i].p_vaddr;
        s->memsz = phdrs[i].p_memsz;
        s->filesz = phdrs[i].p_filesz;
        s->offset = phdrs[i].p_offset;
        s->writable = (phdrs[i].p_flags & ELF_PF_W) != 0;
      }

 done:
  free (phdrs);
  return prog;
}

/* Makes every page of PROG's segments a page of the running process,
   and checks that ENTRY lies in one of them. */
static bool
add_segments (struct program *prog, uintptr_t entry)
{
  bool entry_loaded = false;
  size_t i;

  for (i = 0; i < prog->seg_cnt; i++)
    {
      const struct segment *s = &prog->segs[i];
      uintptr_t upage;

      for (upage = s->vaddr - s->vaddr % PGSIZE; upage < s->vaddr + s->memsz;
           upage += PGSIZE)
        if (!add_page (prog, upage))
          return false;
      if (touches (s, entry - entry % PGSIZE))
        entry_loaded = true;
    }
  return entry_loaded;
}

/* Returns the first page boundary above every byte of PROG's
   segments: where the heap starts.  A segment ending at the very top
   of user space leaves the heap there, empty, and unable to grow. */
static uint8_t *
program_end (const struct program *prog)
{
  uintptr_t end = 0;
  size_t i;

  for (i = 0; i < prog->seg_cnt; i++)
    {
      const struct segment *s = &prog->segs[i];

      if (s->vaddr + s->memsz > end)
        end = s->vaddr + s->memsz;
    }
  return (uint8_t *) pg_round_up ((void *) end);
}

/* Loads the executable FILE_NAME into the running process, whose
   address space must be active, stores its entry point in *ENTRY, and
   puts the process's heap, empty, right above the program.  Returns
   the program, which the process keeps until it exits
   (program_close()), or null if the file is missing or malformed or
   memory is short.  Pages added before a failure are left for the
   process's exit to free. */
struct program *
program_load (const char *file_name, void (**entry) (void))
{
  struct process *p = thread_current ()->process;
  struct file *file = filesys_open (file_name);
  struct program *prog = NULL;
  struct Elf32_Ehdr ehdr;

  if (file == NULL)
    return NULL;
  if (file_read_at (file, &ehdr, sizeof ehdr, 0) == sizeof ehdr
      && ehdr_valid (&ehdr, file_length (file)))
    prog = read_segments (file, &ehdr);
  if (prog == NULL)
    {
      file_close (file);
      return NULL;
    }

  file_deny_write (file);
  if (!add_segments (prog, ehdr.e_entry))
    {
      program_close (prog);
      return NULL;
    }
  *entry = (void (*) (void)) ehdr.e_entry;
  p->heap_start = p->brk = program_end (prog);
  return prog;
}

/* Returns the executable PROG was loaded from.  vm/ names shared
   text frames by its inode. */
struct file *
program_file (const struct program *prog)
{
  return prog->file;
}

/* Adds a holder to PROG, for a process forked from one that holds it,
   and returns PROG.  Each holder calls program_close() once. */
struct program *
program_share (struct program *prog)
{
  enum intr_level old_level = intr_disable ();

  prog->holders++;
  intr_set_level (old_level);
  return prog;
}

/* Lets go of the caller's hold on PROG.  The last holder to let go
   closes the file, letting others write it again, and frees PROG; by
   then no process has pages left that PROG fills.  A null PROG is
   allowed. */
void
program_close (struct program *prog)
{
  enum intr_level old_level;
  bool last;

  if (prog == NULL)
    return;
  old_level = intr_disable ();
  last = --prog->holders == 0;
  intr_set_level (old_level);
  if (last)
    {
      file_close (prog->file);
      free (prog);
    }
}
