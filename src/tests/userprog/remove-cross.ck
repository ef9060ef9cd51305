# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(remove-cross) begin
remove-cross: exit(-1)
EOF
pass;
