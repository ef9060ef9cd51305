#ifndef VM_PAGE_H
#define VM_PAGE_H

/* The supplemental page table: for each user page of a process, what
   belongs there and where its bytes are now.  The CPU's page table
   only says which pages are in memory this instant; this table is
   what a page fault consults to bring the others back. */

#include <hash.h>
#include <list.h>
#include <stdbool.h>
#include <stdint.h>
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "vm/swap.h"

struct frame;
struct process;

/* What a page holds when it is first touched, and again whenever its
   frame is taken while it is clean. */
enum page_kind
  {
    PAGE_ZERO,          /* All zeros: stack, heap and pages wholly in
                           the BSS. */
    PAGE_PROGRAM,       /* Bytes of the executable's segments, zeros
                           elsewhere: SOURCE is the struct program. */
    PAGE_FILE           /* A page of a file mapping: SOURCE is the
                           struct mapping. */
  };

/* Where a page's bytes are now. */
enum page_place
  {
    PLACE_ORIGIN,       /* Nowhere: made afresh from the kind. */
    PLACE_FRAME,        /* In FRAME (mapped, or mapped on next touch). */
    PLACE_SWAP,         /* In swap slot SLOT. */
    PLACE_ZERO_PAGE     /* PAGE_ZERO only, never written yet: mapped
                           read-only to the shared zero page, which
                           belongs to no frame and is never evicted. */
  };

/* One user page of one process.  See page.c for who may change what. */
struct page
  {
    struct hash_elem table_elem;  /* In the owner's spt. */
    struct list_elem frame_elem;  /* In FRAME's mappings (frame.c). */
    struct spt *spt;              /* The owner's table. */
    uint8_t *upage;               /* User address, page aligned. */
    void *source;                 /* See enum page_kind. */
    struct frame *frame;          /* PLACE_FRAME: the frame. */
    swap_slot_t slot;             /* PLACE_SWAP: the slot. */
    uint8_t kind;                 /* enum page_kind. */
    uint8_t place;                /* enum page_place. */
    bool writable;                /* May the user write it? */
    bool dirty;                   /* Frame differs from the backing copy. */
    bool busy;                    /* Being read in or written out. */
  };

/* A process's supplemental page table. */
struct spt
  {
    struct hash pages;            /* struct page, keyed by upage. */
    struct lock lock;             /* Guards PAGES and every page in it. */
    struct condition settled;     /* A page stopped being busy. */
    uint32_t *pd;                 /* The process's page directory. */
  };

/* The stack region: the STACK_MAX bytes below PHYS_BASE.  The stack
   may grow down to its second page; its lowest page, the guard, is
   never mapped, so a stack that runs into it stops there. */
#define STACK_MAX (8 * 1024 * 1024)
#define STACK_GUARD ((uint8_t *) PHYS_BASE - STACK_MAX)

bool spt_init (struct spt *, uint32_t *pd);
void spt_destroy (struct spt *);
bool spt_fork (struct process *child, struct process *parent);

bool page_add (struct spt *, void *upage, enum page_kind, void *source,
               bool writable);
bool page_exists (struct spt *, const void *upage);
bool page_is_writable (struct spt *, const void *uaddr);
void page_remove (struct spt *, void *upage);
void page_remove_range (struct spt *, void *lo, void *hi);

/* The question the page-fault handler asks. */
bool page_fault_in (void *fault_addr, bool write, const void *esp);
bool page_stack_overflow (const void *fault_addr, const void *esp);

/* For frame.c's eviction. */
bool page_try_lock (struct page *);
void page_unlock (struct page *);
bool page_recently_used (struct page *);
bool page_unmap_for_eviction (struct page *);
bool page_write_out (struct page *, const void *kpage, swap_slot_t *);
void page_evicted (struct page *, swap_slot_t, bool saved);
bool page_take_dirty (struct page *);

#endif /* vm/page.h */
