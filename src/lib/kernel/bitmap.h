#ifndef __LIB_KERNEL_BITMAP_H
#define __LIB_KERNEL_BITMAP_H

/* Bitmaps: fixed-size arrays of bits, with searches for runs of bits
   of a given value.  The kernel uses them to track free pages, free
   disk sectors and free swap slots.  Bit indexes count from 0.
   Every function that takes an index, or a START and CNT range,
   asserts that it lies within the bitmap.  Bitmaps are not
   synchronized. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct bitmap;

/* Creation and destruction.
   bitmap_create(): a bitmap of BIT_CNT bits, all false, allocated
     with malloc(); NULL if memory is short.
   bitmap_create_in_buf(): the same, but placed in the caller's
     BYTE_CNT-byte buffer BUF, which must be at least
     bitmap_buf_size (BIT_CNT) bytes.  Useful before malloc() works.
   bitmap_destroy(): frees a bitmap from bitmap_create() (never one
     made in a caller's buffer).  NULL is accepted. */
struct bitmap *bitmap_create (size_t bit_cnt);
struct bitmap *bitmap_create_in_buf (size_t bit_cnt, void *buf,
                                     size_t byte_cnt);
size_t bitmap_buf_size (size_t bit_cnt);
void bitmap_destroy (struct bitmap *);

/* Number of bits. */
size_t bitmap_size (const struct bitmap *);

/* Single bits: set to VALUE, set to true (mark), set to false
   (reset), invert (flip), read (test). */
void bitmap_set (struct bitmap *, size_t idx, bool value);
void bitmap_mark (struct bitmap *, size_t idx);
void bitmap_reset (struct bitmap *, size_t idx);
void bitmap_flip (struct bitmap *, size_t idx);
bool bitmap_test (const struct bitmap *, size_t idx);

/* Ranges of CNT bits starting at START.
   bitmap_set_all(), bitmap_set_multiple(): set bits to VALUE.
   bitmap_count(): how many are VALUE.
   bitmap_contains(): whether any is VALUE.
   bitmap_any(), bitmap_none(), bitmap_all(): whether any, none or
     all of them are true.  An empty range contains nothing, so
     bitmap_none() and bitmap_all() are true for it. */
void bitmap_set_all (struct bitmap *, bool value);
void bitmap_set_multiple (struct bitmap *, size_t start, size_t cnt,
                          bool value);
size_t bitmap_count (const struct bitmap *, size_t start, size_t cnt,
                     bool value);
bool bitmap_contains (const struct bitmap *, size_t start, size_t cnt,
                      bool value);
bool bitmap_any (const struct bitmap *, size_t start, size_t cnt);
bool bitmap_none (const struct bitmap *, size_t start, size_t cnt);
bool bitmap_all (const struct bitmap *, size_t start, size_t cnt);

/* Searching.
   bitmap_scan(): returns the index of the first run of CNT
     consecutive bits all equal to VALUE that starts at or after
     START, or BITMAP_ERROR if there is none.  A CNT of 0 matches at
     START.
   bitmap_scan_and_flip(): the same, and then inverts the run it
     found, so that scanning for false and flipping allocates a run.
   START may equal bitmap_size(). */
#define BITMAP_ERROR SIZE_MAX
size_t bitmap_scan (const struct bitmap *, size_t start, size_t cnt,
                    bool value);
size_t bitmap_scan_and_flip (struct bitmap *, size_t start, size_t cnt,
                             bool value);

#ifdef FILESYS
/* Storing a bitmap in a file, at offset 0.  The file format is the
   in-memory bit array: bit N is bit N % 8 of byte N / 8, padded with
   zero bits to bitmap_file_size() bytes.  The read and write
   functions return true if they transferred every byte. */
struct file;
size_t bitmap_file_size (const struct bitmap *);
bool bitmap_read (struct bitmap *, struct file *);
bool bitmap_write (const struct bitmap *, struct file *);
#endif

/* Prints the bits in hex for debugging. */
void bitmap_dump (const struct bitmap *);

#endif /* lib/kernel/bitmap.h */
