# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-ud) begin
bad-ud: exit(-1)
EOF
pass;
