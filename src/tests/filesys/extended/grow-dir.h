#ifndef TESTS_FILESYS_EXTENDED_GROW_DIR_H
#define TESTS_FILESYS_EXTENDED_GROW_DIR_H

/* grow-root-sm, grow-root-lg and grow-dir-lg fill a directory with
   files until its entries need more than one sector (the -lg ones),
   and then check that every entry is there: by name, by contents and
   through readdir().

   grow_dir() creates directory DIR first unless it is null (the
   root), then files DIR/fileN for N from 0 to COUNT - 1, each holding
   the text "fileN"; the -persistence checks expect exactly that. */

void grow_dir (const char *dir, int count);

#endif /* tests/filesys/extended/grow-dir.h */
