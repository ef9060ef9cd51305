#ifndef TESTS_FILESYS_EXTENDED_DIR_SYN_H
#define TESTS_FILESYS_EXTENDED_DIR_SYN_H

/* What dir-syn and its children, child-dir-syn, agree on.  Each child
   I creates files "cI-N" for N below DIR_SYN_FILES in DIR_SYN_DIR,
   each holding its own name, then removes those with odd N, then
   makes directory "dI" there; and every child races to make
   DIR_SYN_DIR "/race", in which only the one that made it creates
   "won". */

#define DIR_SYN_DIR "shared"
#define DIR_SYN_CHILDREN 4
#define DIR_SYN_FILES 20

#endif /* tests/filesys/extended/dir-syn.h */
