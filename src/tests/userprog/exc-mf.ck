# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-mf) begin
exc-mf: exit(-1)
EOF
pass;
