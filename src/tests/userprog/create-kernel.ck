# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-kernel) begin
create-kernel: exit(-1)
EOF
pass;
