# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-ss) begin
exc-ss: exit(-1)
EOF
pass;
