# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-io) begin
bad-io: exit(-1)
EOF
pass;
