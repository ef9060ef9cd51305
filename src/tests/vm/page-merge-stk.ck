# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-merge-stk) begin
(page-merge-stk) generate 768 kB of random bytes
(page-merge-stk) write them to 8 files
(page-merge-stk) sort each file in a child (stack, all at once)
(page-merge-stk) merge the sorted files
(page-merge-stk) the result is in order and holds every byte generated
(page-merge-stk) end
page-merge-stk: exit(0)
EOF
pass;
