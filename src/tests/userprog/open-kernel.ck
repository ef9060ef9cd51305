# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-kernel) begin
open-kernel: exit(-1)
EOF
pass;
