# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-merge-mm) begin
(page-merge-mm) generate 768 kB of random bytes
(page-merge-mm) write them to 8 files
(page-merge-mm) sort each file in a child (mmap, all at once)
(page-merge-mm) merge the sorted files
(page-merge-mm) the result is in order and holds every byte generated
(page-merge-mm) end
page-merge-mm: exit(0)
EOF
pass;
