# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(pt-write-code2) begin
(pt-write-code2) open "sample.txt"
(pt-write-code2) read into an untouched page of code
pt-write-code2: exit(-1)
EOF
pass;
