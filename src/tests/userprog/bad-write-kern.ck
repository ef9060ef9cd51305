# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-write-kern) begin
bad-write-kern: exit(-1)
EOF
pass;
