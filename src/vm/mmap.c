/* File mappings.

   mmap (fd, addr) makes the whole file appear at ADDR: one PAGE_FILE
   entry per page in the process's supplemental page table, each
   pointing at the struct mapping, which holds a handle of its own on
   the file (so the mapping outlives close() and remove()).  Nothing is
   read until a page is touched; a changed page goes back to the file
   when it is evicted, unmapped, or the process exits.  In the last
   page, the bytes past end of file read as zeros and are never
   written: every transfer is cut at LENGTH.

   A mapping must not overlap any page the process already has (code,
   data, stack, other mappings, and the heap below the break, whose
   untouched pages page_exists() counts too), nor the region the stack
   may grow into, and must fit below it; mmap() fails otherwise, as it
   does for an empty file or a null or unaligned ADDR.

   A forked child inherits every mapping (mmap_fork()): the same id,
   base and length, a handle of its own on the file, and pages that
   share the parent's frames writable, so a write through either is
   seen by both, as with Unix shared mappings.  Mappings of one file
   made by unrelated processes share frames too, by key (page.c's
   share_key(), built by mmap_page_key()); each changed page is written
   back once, by whichever process evicts or unmaps it.

   Synchronization.  A process's list of mappings is touched only by
   its own thread, and by its forked child's while it is blocked in
   fork().  The page-table lock (page.c) is taken inside
   page_add() and page_remove(), and the file-system's own locks by
   the file calls; nothing here holds a lock of its own. */

#include "vm/mmap.h"
#include <round.h>
#include <string.h>
#include "filesys/file.h"
#include "threads/malloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#include "vm/frame.h"
#include "vm/page.h"

/* Returns the running process. */
static struct process *
current (void)
{
  return thread_current ()->process;
}

/* Bytes of M's file in the page at UPAGE: a whole page except at the
   end of the file. */
static size_t
bytes_in_page (const struct mapping *m, const void *upage)
{
  off_t ofs = (const uint8_t *) upage - m->base;
  off_t left = m->length - ofs;

  return left < PGSIZE ? left : PGSIZE;
}

/* True if PAGE_CNT pages from ADDR are all free in P (none in its
   table or its heap) and lie below the stack region. */
static bool
range_free (struct process *p, uint8_t *addr, size_t page_cnt)
{
  uintptr_t limit = (uintptr_t) PHYS_BASE - STACK_MAX;
  size_t i;

  if ((uintptr_t) addr >= limit || page_cnt > (limit - (uintptr_t) addr)
                                               / PGSIZE)
    return false;
  for (i = 0; i < page_cnt; i++)
    if (page_exists (&p->spt, addr + i * PGSIZE))
      return false;
  return true;
}

/* Removes M's pages from the running process, writing changed ones
   back, and frees M. */
static void
unmap_mapping (struct mapping *m)
{
  struct process *p = current ();
  size_t page_cnt = DIV_ROUND_UP (m->length, PGSIZE);
  size_t i;

  for (i = 0; i < page_cnt; i++)
    page_remove (&p->spt, m->base + i * PGSIZE);
  file_close (m->file);
  free (m);
}

/* Maps all of FILE at user address ADDR in the running process.
   Returns the new mapping's id, or -1 if FILE is empty, ADDR is null,
   unaligned or overlaps pages in use, or memory is short. */
int
mmap_map (struct file *file, void *addr)
{
  struct process *p = current ();
  off_t length = file_length (file);
  struct mapping *m;
  size_t page_cnt, i;

  if (addr == NULL || pg_ofs (addr) != 0 || length <= 0)
    return -1;
  page_cnt = DIV_ROUND_UP (length, PGSIZE);
  if (!range_free (p, addr, page_cnt))
    return -1;

  m = malloc (sizeof *m);
  if (m == NULL)
    return -1;
  m->file = file_reopen (file);
  m->base = addr;
  m->length = length;
  if (m->file == NULL)
    {
      free (m);
      return -1;
    }
  for (i = 0; i < page_cnt; i++)
    if (!page_add (&p->spt, m->base + i * PGSIZE, PAGE_FILE, m, true))
      {
        /* Pages past I were never added; page_remove() skips them. */
        unmap_mapping (m);
        return -1;
      }

  m->id = p->next_mapid++;
  list_push_back (&p->mappings, &m->elem);
  return m->id;
}

/* Unmaps the running process's mapping ID, writing changed pages back
   to the file.  Returns false if there is no such mapping. */
bool
mmap_unmap (int id)
{
  struct process *p = current ();
  struct list_elem *e;

  for (e = list_begin (&p->mappings); e != list_end (&p->mappings);
       e = list_next (e))
    {
      struct mapping *m = list_entry (e, struct mapping, elem);

      if (m->id == id)
        {
          list_remove (e);
          unmap_mapping (m);
          return true;
        }
    }
  return false;
}

/* Unmaps every mapping of the running process, as at exit. */
void
mmap_unmap_all (void)
{
  struct process *p = current ();

  while (!list_empty (&p->mappings))
    unmap_mapping (list_entry (list_pop_front (&p->mappings),
                               struct mapping, elem));
}

/* Fills KPAGE with the page of M at UPAGE: the file's bytes, then
   zeros past end of file.  Returns how many bytes came from the file
   (always some), or -1 on a short read. */
int
mmap_read_page (struct mapping *m, const void *upage, void *kpage)
{
  size_t n = bytes_in_page (m, upage);
  off_t ofs = (const uint8_t *) upage - m->base;

  memset ((uint8_t *) kpage + n, 0, PGSIZE - n);
  return file_read_at (m->file, kpage, n, ofs) == (off_t) n ? (int) n : -1;
}

/* Writes the page of M at UPAGE, whose bytes are at KPAGE, back to
   the file, leaving out what lies past end of file. */
void
mmap_write_page (struct mapping *m, const void *upage, const void *kpage)
{
  off_t ofs = (const uint8_t *) upage - m->base;

  file_write_at (m->file, kpage, bytes_in_page (m, upage), ofs);
}

/* Stores in *KEY the name of M's page at UPAGE that every mapping of
   the same file agrees on (see page.c's share_key()): the file's
   inode, the page's offset in it and the file bytes the page holds. */
void
mmap_page_key (const struct mapping *m, const void *upage,
               struct frame_key *key)
{
  key->inode = file_get_inode (m->file);
  key->index = (const uint8_t *) upage - m->base;
  key->extent = bytes_in_page (m, upage);
}

/* Gives CHILD a copy of each of PARENT's mappings, with the same id,
   base and length and a handle of its own on the file; the pages are
   spt_fork()'s business.  Returns false if memory is short, leaving in
   CHILD's list the mappings made so far, which mmap_unmap_all() frees.
   Runs in CHILD's thread while PARENT's is blocked in fork(). */
bool
mmap_fork (struct process *child, struct process *parent)
{
  struct list_elem *e;

  for (e = list_begin (&parent->mappings); e != list_end (&parent->mappings);
       e = list_next (e))
    {
      const struct mapping *theirs = list_entry (e, struct mapping, elem);
      struct mapping *ours = malloc (sizeof *ours);

      if (ours == NULL)
        return false;
      ours->file = file_reopen (theirs->file);
      if (ours->file == NULL)
        {
          free (ours);
          return false;
        }
      ours->id = theirs->id;
      ours->base = theirs->base;
      ours->length = theirs->length;
      list_push_back (&child->mappings, &ours->elem);
    }
  return true;
}

/* Returns CHILD's copy of its parent's mapping M (mmap_fork()). */
struct mapping *
mmap_counterpart (struct process *child, const struct mapping *m)
{
  struct list_elem *e;

  for (e = list_begin (&child->mappings); e != list_end (&child->mappings);
       e = list_next (e))
    {
      struct mapping *ours = list_entry (e, struct mapping, elem);

      if (ours->id == m->id)
        return ours;
    }
  NOT_REACHED ();
}
