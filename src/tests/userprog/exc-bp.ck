# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-bp) begin
exc-bp: exit(-1)
EOF
pass;
