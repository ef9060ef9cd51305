# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(pt-grow-limit) begin
(pt-grow-limit) push into the lowest page above the guard page
(pt-grow-limit) push into the guard page
pt-grow-limit: stack overflow
pt-grow-limit: exit(-1)
EOF
pass;
