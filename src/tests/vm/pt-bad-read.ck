# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(pt-bad-read) begin
(pt-bad-read) open "sample.txt"
(pt-bad-read) read into a buffer 1 MB below the stack pointer
pt-bad-read: exit(-1)
EOF
pass;
