# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-normal) begin
(read-normal) open "sample.txt"
(read-normal) read returned 196
(read-normal) read at end of file = 0
(read-normal) end
read-normal: exit(0)
EOF
pass;
