# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-bound) begin
(create-bound) create "straddle.txt" across a page boundary
(create-bound) open "straddle.txt" for verification
(create-bound) verified contents of "straddle.txt"
(create-bound) close "straddle.txt"
(create-bound) end
create-bound: exit(0)
EOF
pass;
