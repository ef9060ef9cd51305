# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-cross) begin
(read-cross) open "sample.txt"
read-cross: exit(-1)
EOF
pass;
