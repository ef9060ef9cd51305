#ifndef VM_FRAME_H
#define VM_FRAME_H

/* The frame table: every frame of the user pool, who maps it, and the
   clock that picks a frame to take back when none is free. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct frame;
struct inode;
struct page;

/* What a frame shared by key holds: the same bytes for every page
   that computes the same key, whichever process it belongs to (see
   the top of frame.c).  A null INODE names swap slot INDEX instead of
   a file. */
struct frame_key
  {
    const struct inode *inode;  /* The file the bytes come from, or
                                   null for a swap slot. */
    uint32_t index;             /* Where in it: see page.c's share_key(). */
    uint32_t extent;            /* File bytes in the page, if that varies. */
    uint32_t kind;              /* enum page_kind of the pages. */
  };

void frame_init (void);
struct frame *frame_obtain (void);
struct frame *frame_obtain_keyed (const struct frame_key *, bool *found);
void frame_fill_done (struct frame *, bool filled);
void *frame_kpage (const struct frame *);
void frame_attach (struct frame *, struct page *);
void frame_pin (struct frame *);
void frame_unpin (struct frame *);
void frame_detach (struct frame *, struct page *);
bool frame_is_private (struct frame *);
bool frame_make_private (struct frame *);
bool frame_others_dirty (struct frame *, struct page *);
bool frame_alias_take_dirty (struct frame *);
size_t frame_used (void);

#endif /* vm/frame.h */
