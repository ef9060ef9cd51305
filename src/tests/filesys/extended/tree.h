#ifndef TESTS_FILESYS_EXTENDED_TREE_H
#define TESTS_FILESYS_EXTENDED_TREE_H

/* Small steps that the extended file-system tests share.  Each fails
   the test (tests/lib.h's fail()) when the kernel does not do what it
   should, and prints nothing otherwise unless said, so a test's
   expected output stays its own. */

#include <stdbool.h>
#include <stddef.h>

/* Creates file NAME holding the SIZE bytes at DATA, written in one
   call, and closes it. */
void put_file (const char *name, const void *data, size_t size);

/* Same for the text of the null-terminated string TEXT. */
void put_text (const char *name, const char *text);

/* Fails unless file NAME holds exactly the text TEXT. */
void expect_text (const char *name, const char *text);

/* Reads directory DIR to its end with readdir() and fails unless the
   names it gives are exactly the CNT names in NAMES, each once, in any
   order.  Prints "DIR: CNT entries" when they are. */
void expect_entries (const char *dir, const char *const names[], size_t cnt);

/* Returns the inode number of NAME (file or directory), failing if it
   cannot be opened. */
int inumber_of (const char *name);

/* Makes directory "sub" holding a file "marker" with the text "in
   sub", then makes "sub" the working directory, printing the mkdir and
   chdir steps as CHECK does.  The tests of a child's working directory
   start here: the marker tells which directory a relative name
   reaches. */
void enter_marked_sub (void);

#endif /* tests/filesys/extended/tree.h */
