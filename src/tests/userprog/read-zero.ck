# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-zero) begin
(read-zero) open "sample.txt"
(read-zero) read(0 bytes) = 0
(read-zero) buffer untouched
(read-zero) end
read-zero: exit(0)
EOF
pass;
