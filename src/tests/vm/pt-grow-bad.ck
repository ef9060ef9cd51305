# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(pt-grow-bad) begin
(pt-grow-bad) read 64 kB below the stack pointer
pt-grow-bad: exit(-1)
EOF
pass;
