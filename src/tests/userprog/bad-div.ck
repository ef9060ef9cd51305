# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-div) begin
bad-div: exit(-1)
EOF
pass;
