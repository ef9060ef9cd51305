# -*- perl -*-
use strict;
use warnings;
use tests::tests;

# The 32 children's exit lines come in any order; wait() checks their
# statuses.
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(fork-tree) begin
(fork-tree) fork 16 children; each forks one more
(fork-tree) let them go
(fork-tree) child 0 exits with 0
(fork-tree) child 1 exits with 1
(fork-tree) child 2 exits with 2
(fork-tree) child 3 exits with 3
(fork-tree) child 4 exits with 4
(fork-tree) child 5 exits with 5
(fork-tree) child 6 exits with 6
(fork-tree) child 7 exits with 7
(fork-tree) child 8 exits with 8
(fork-tree) child 9 exits with 9
(fork-tree) child 10 exits with 10
(fork-tree) child 11 exits with 11
(fork-tree) child 12 exits with 12
(fork-tree) child 13 exits with 13
(fork-tree) child 14 exits with 14
(fork-tree) child 15 exits with 15
(fork-tree) the parent's page holds its own pattern
(fork-tree) end
EOF
pass;
