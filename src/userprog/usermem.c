/* Access to user memory.

   Every address a process hands the kernel is suspect, so the kernel
   never dereferences one directly.  All access goes through
   usermem_copy(), a few instructions of assembly whose faults the
   page-fault handler recognizes (usermem_recover()) and turns into a
   failure return.  Before a copy, the whole range is checked to lie
   below PHYS_BASE, so a fault can only be at a user page that is not
   mapped, or read-only for a write (CR0.WP makes the kernel honour
   page protection).  In a VM build the fault handler first asks vm/
   to bring the page in, and only if that fails does the copy fail;
   good pointers cost nothing extra either way.

   usermem_check() probes a buffer before a system call starts, so that
   a bad buffer stops the call before it has done anything.  It reads
   one byte of each page (which has no effect beyond bringing the page
   in) and asks the page tables, not the CPU, whether the page may be
   written: writing a probe byte back would dirty every page of a read
   buffer -- a useless swap write for each under VM -- and would write
   to read-only memory if the kernel got that wrong.  A page the tables
   already call writable is not probed at all when the call means to
   write it: the copy's own write brings it in, and a read first would,
   under VM, map an untouched zero-fill page (BSS, heap, stack) to the
   shared zero page only for the write to replace it at once.  A page
   they do not know yet -- the stack about to grow -- is probed as
   usual.

   In a VM build a heap page below the break may have no page-table
   entry yet (vm/heap.c); the tables count it as the process's, and
   the fault that the copy takes on it gives it one.  A write by the
   kernel to a page mapped read-only only because its frame is shared
   (the zero page) is a protection fault that vm/ resolves like the
   user's own.

   Synchronization: none here, but callers must hold no lock that a
   page fault might need: in a VM build that is any lock of vm/ or of
   the file system, which is why system calls move data through a
   kernel bounce page between file-system calls. */

#include "userprog/usermem.h"
#include <stdint.h>
#include <string.h>
#include "threads/palloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#ifdef VM
#include "vm/page.h"
#else
#include "userprog/pagedir.h"
#endif

/* Copies SIZE bytes from SRC to DST.  Returns 0 if done, nonzero if a
   page fault stopped it.  Implemented below in assembly so that
   usermem_recover() knows which instruction may fault and where to
   resume: the fault leaves the stack as it was at `rep movsb', and
   usermem_copy_fault unwinds it. */
int usermem_copy (void *dst, const void *src, size_t size);
void usermem_copy_insn (void);
void usermem_copy_fault (void);

asm (".pushsection .text\n"
     "usermem_copy:\n"
     "        pushl %esi\n"
     "        pushl %edi\n"
     "        movl 12(%esp), %edi\n"
     "        movl 16(%esp), %esi\n"
     "        movl 20(%esp), %ecx\n"
     "usermem_copy_insn:\n"
     "        rep movsb\n"
     "        xorl %eax, %eax\n"
     "usermem_copy_return:\n"
     "        popl %edi\n"
     "        popl %esi\n"
     "        ret\n"
     "usermem_copy_fault:\n"
     "        movl $1, %eax\n"
     "        jmp usermem_copy_return\n"
     ".popsection\n");

/* Called by the page-fault handler for a kernel-mode fault at a user
   address that could not be resolved.  If the fault is usermem_copy()'s,
   makes it return failure when F is resumed and returns true;
   otherwise returns false (a kernel bug). */
bool
usermem_recover (struct intr_frame *f)
{
  if (f->eip != usermem_copy_insn)
    return false;
  f->eip = usermem_copy_fault;
  return true;
}

/* True if the SIZE bytes at UADDR lie wholly in user space. */
static bool
user_range_ok (const void *uaddr, size_t size)
{
  uintptr_t start = (uintptr_t) uaddr;

  return start + size >= start && start + size <= (uintptr_t) PHYS_BASE;
}

/* Copies SIZE bytes from user address USRC to kernel buffer DST.
   Returns false if any of them may not be read. */
bool
usermem_read (void *dst, const void *usrc, size_t size)
{
  return user_range_ok (usrc, size) && usermem_copy (dst, usrc, size) == 0;
}

/* Copies SIZE bytes from kernel buffer SRC to user address UDST.
   Returns false if any of them may not be written. */
bool
usermem_write (void *udst, const void *src, size_t size)
{
  return user_range_ok (udst, size) && usermem_copy (udst, src, size) == 0;
}

/* Returns a copy of the null-terminated user string USTR in a new
   page, which the caller must free.  Returns null, with *BAD false, if
   the string does not fit in a page or no page is free; null with
   *BAD true if it runs into memory that may not be read.  Reads a user
   page only if the string reaches it. */
char *
usermem_string (const char *ustr, bool *bad)
{
  char *kstr = palloc_get_page (0);
  size_t len = 0;

  *bad = false;
  if (kstr == NULL)
    return NULL;
  while (len < PGSIZE)
    {
      size_t chunk = PGSIZE - pg_ofs (ustr + len);

      if (chunk > PGSIZE - len)
        chunk = PGSIZE - len;
      if (!usermem_read (kstr + len, ustr + len, chunk))
        {
          *bad = true;
          break;
        }
      if (memchr (kstr + len, '\0', chunk) != NULL)
        return kstr;
      len += chunk;
    }
  palloc_free_page (kstr);
  return NULL;
}

/* True if the running process may write the user page holding UADDR.
   The answer comes from the tables, without touching the page. */
static bool
page_writable (void *uaddr)
{
#ifdef VM
  return page_is_writable (&thread_current ()->process->spt, uaddr);
#else
  return pagedir_is_writable (thread_current ()->pagedir, uaddr);
#endif
}

/* True if all SIZE bytes at user address UBUF may be read, and also
   written if WRITABLE.  Changes nothing in the buffer. */
bool
usermem_check (void *ubuf, size_t size, bool writable)
{
  uint8_t *page = ubuf;
  uint8_t *end = page + size;

  if (!user_range_ok (ubuf, size))
    return false;
  for (; page < end; page = (uint8_t *) pg_round_down (page) + PGSIZE)
    {
      uint8_t byte;

      if (writable && page_writable (page))
        continue;
      if (!usermem_read (&byte, page, 1)
          || (writable && !page_writable (page)))
        return false;
    }
  return true;
}
