#ifndef USERPROG_ARGSTACK_H
#define USERPROG_ARGSTACK_H

/* A new process's first stack: its command-line arguments. */

#include <stdbool.h>
#include <stddef.h>

size_t argstack_cut (char *line, size_t *strings_size);
bool argstack_build (char *cmd_line, size_t argc, size_t strings_size,
                     void **esp);

#endif /* userprog/argstack.h */
