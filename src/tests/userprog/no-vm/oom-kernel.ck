# -*- perl -*-
# Every link of the chains prints an exit line, as many as memory
# allows, so exit lines are left out of the comparison.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(oom-kernel) begin
(oom-kernel) one chain, 0 files per link
(oom-kernel) two chains at once, 0 files per link
(oom-kernel) two chains at once, 3 files per link
(oom-kernel) two chains at once, 40 files per link
(oom-kernel) one chain again: the same depth
(oom-kernel) end
EOF
pass;
