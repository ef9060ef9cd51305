# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sc-unmapped-sp) begin
sc-unmapped-sp: exit(-1)
EOF
pass;
