# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(pt-write-code) begin
(pt-write-code) store into this function's code
pt-write-code: exit(-1)
EOF
pass;
