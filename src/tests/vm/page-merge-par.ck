# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-merge-par) begin
(page-merge-par) generate 768 kB of random bytes
(page-merge-par) write them to 8 files
(page-merge-par) sort each file in a child (static, all at once)
(page-merge-par) merge the sorted files
(page-merge-par) the result is in order and holds every byte generated
(page-merge-par) end
page-merge-par: exit(0)
EOF
pass;
