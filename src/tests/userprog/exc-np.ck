# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-np) begin
exc-np: exit(-1)
EOF
pass;
