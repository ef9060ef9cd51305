# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(pt-bad-addr) begin
(pt-bad-addr) read from 0x20000000, where nothing is mapped
pt-bad-addr: exit(-1)
EOF
pass;
