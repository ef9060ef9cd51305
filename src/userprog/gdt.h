#ifndef USERPROG_GDT_H
#define USERPROG_GDT_H

/* The global descriptor table the kernel runs with once user
   programs are possible.  The selectors are in threads/loader.h. */

#include "threads/loader.h"

void gdt_init (void);

#endif /* userprog/gdt.h */
