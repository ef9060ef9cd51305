# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-unmap) begin
(read-unmap) open "sample.txt"
read-unmap: exit(-1)
EOF
pass;
