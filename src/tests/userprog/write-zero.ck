# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-zero) begin
(write-zero) open "sample.txt"
(write-zero) write(file, 0 bytes) = 0
(write-zero) write(console, 0 bytes) = 0
(write-zero) end
write-zero: exit(0)
EOF
pass;
