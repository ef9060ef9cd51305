# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(malloc-stress) begin
(malloc-stress) 6000 random operations; every block held its bytes
(malloc-stress) malloc (0) returns distinct blocks
(malloc-stress) calloc whose size overflows returns a null pointer
(malloc-stress) malloc of nearly 4 GB returns a null pointer
(malloc-stress) realloc (NULL, 100) allocates
(malloc-stress) realloc (p, 0) frees and returns NULL
(malloc-stress) malloc (4 MB) grows the heap
(malloc-stress) free gives the 4 MB back
(malloc-stress) end
malloc-stress: exit(0)
EOF
pass;
