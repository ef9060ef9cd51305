#ifndef VM_FRAME_H
#define VM_FRAME_H

/* The frame table: every frame of the user pool, who maps it, and the
   clock that picks a frame to take back when none is free. */

#include <stdbool.h>
#include <stddef.h>

struct frame;
struct page;

void frame_init (void);
struct frame *frame_obtain (void);
void *frame_kpage (const struct frame *);
void frame_attach (struct frame *, struct page *);
void frame_unpin (struct frame *);
void frame_detach (struct frame *, struct page *);
bool frame_alias_take_dirty (struct frame *);
size_t frame_used (void);

#endif /* vm/frame.h */
