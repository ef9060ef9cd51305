# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-merge-seq) begin
(page-merge-seq) generate 768 kB of random bytes
(page-merge-seq) write them to 8 files
(page-merge-seq) sort each file in a child (static, one at a time)
(page-merge-seq) merge the sorted files
(page-merge-seq) the result is in order and holds every byte generated
(page-merge-seq) end
page-merge-seq: exit(0)
EOF
pass;
