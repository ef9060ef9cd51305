# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(remove-kernel) begin
remove-kernel: exit(-1)
EOF
pass;
