# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-bound) begin
(read-bound) open "sample.txt"
(read-bound) read returned 196
(read-bound) end
read-bound: exit(0)
EOF
pass;
