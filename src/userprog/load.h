#ifndef USERPROG_LOAD_H
#define USERPROG_LOAD_H

/* The program loader: an ELF executable's segments as pages of the
   running process. */

#include <stdbool.h>

struct file;
struct program;

struct program *program_load (const char *file_name, void (**entry) (void));
int program_read_page (const struct program *, const void *upage,
                       void *kpage);
struct file *program_file (const struct program *);
struct program *program_share (struct program *);
void program_close (struct program *);

#endif /* userprog/load.h */
