# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(stack-overflow) begin
(stack-overflow) recurse without end
stack-overflow: stack overflow
stack-overflow: exit(-1)
EOF
pass;
