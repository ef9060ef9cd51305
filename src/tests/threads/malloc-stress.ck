# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(malloc-stress) begin
(malloc-stress) every size from 1 to 1100 bytes
(malloc-stress) sizes at the class boundaries, up to 40000 bytes
(malloc-stress) 3000 random allocations and frees
(malloc-stress) realloc keeps contents while growing and shrinking
(malloc-stress) calloc zeroes, overflowing and huge requests fail
(malloc-stress) all pages returned to the page allocator
(malloc-stress) end
EOF
pass;
