# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-kernel) begin
exec-kernel: exit(-1)
EOF
pass;
