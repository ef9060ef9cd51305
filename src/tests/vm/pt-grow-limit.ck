# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(pt-grow-limit) begin
(pt-grow-limit) push into the lowest page of an 8 MB stack
(pt-grow-limit) push just below an 8 MB stack
pt-grow-limit: exit(-1)
EOF
pass;
