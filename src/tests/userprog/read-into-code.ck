# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-into-code) begin
(read-into-code) open "sample.txt"
read-into-code: exit(-1)
EOF
pass;
