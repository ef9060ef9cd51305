# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-kernel) begin
write-kernel: exit(-1)
EOF
pass;
