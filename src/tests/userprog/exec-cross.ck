# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-cross) begin
exec-cross: exit(-1)
EOF
pass;
