# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sc-neg-nr) begin
sc-neg-nr: exit(-1)
EOF
pass;
