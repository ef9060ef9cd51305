# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-kernel) begin
(read-kernel) open "sample.txt"
read-kernel: exit(-1)
EOF
pass;
