#ifndef TESTS_FILESYS_EXTENDED_MK_TREE_H
#define TESTS_FILESYS_EXTENDED_MK_TREE_H

/* The tree of dir-mk-tree and dir-rm-tree: directories named "0" to
   "TREE_FANOUT - 1" nested TREE_DEPTH deep under the root, and in
   each directory of the last level a file "f" whose text is that
   directory's path ("/0/2/1").  The -persistence checks build the
   same tree on the host. */

#define TREE_FANOUT 3
#define TREE_DEPTH 3

/* Makes the tree, then reads every file of it back. */
void make_tree (void);

/* Removes the tree, deepest entries first. */
void remove_tree (void);

#endif /* tests/filesys/extended/mk-tree.h */
