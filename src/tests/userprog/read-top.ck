# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-top) begin
(read-top) open "sample.txt"
read-top: exit(-1)
EOF
pass;
