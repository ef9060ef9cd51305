# -*- perl -*-
# Every link of the chains prints an exit line, as many as memory
# allows, so exit lines are left out of the comparison.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(oom-recurse) begin
(oom-recurse) 5 rounds reached the same depth
(oom-recurse) end
EOF
pass;
