# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-int) begin
bad-int: exit(-1)
EOF
pass;
