#ifndef VM_MMAP_H
#define VM_MMAP_H

/* File mappings: mmap() and munmap(). */

#include <list.h>
#include <stdbool.h>
#include "filesys/off_t.h"

struct file;
struct frame_key;
struct process;

/* One mapping of a whole file into a process's address space. */
struct mapping
  {
    int id;                     /* What mmap() returned. */
    struct file *file;          /* Our own handle on the file. */
    uint8_t *base;              /* First user page. */
    off_t length;               /* File length when mapped. */
    struct list_elem elem;      /* In the process's `mappings'. */
  };

int mmap_map (struct file *, void *addr);
bool mmap_unmap (int id);
void mmap_unmap_all (void);
int mmap_read_page (struct mapping *, const void *upage, void *kpage);
void mmap_write_page (struct mapping *, const void *upage,
                      const void *kpage);
void mmap_page_key (const struct mapping *, const void *upage,
                    struct frame_key *);
bool mmap_fork (struct process *child, struct process *parent);
struct mapping *mmap_counterpart (struct process *child,
                                  const struct mapping *);

#endif /* vm/mmap.h */
