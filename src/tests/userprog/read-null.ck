# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-null) begin
(read-null) open "sample.txt"
read-null: exit(-1)
EOF
pass;
