# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-bound) begin
(open-bound) open "sample.txt" across a page boundary
(open-bound) end
open-bound: exit(0)
EOF
pass;
