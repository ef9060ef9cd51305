# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sc-bad-nr) begin
sc-bad-nr: exit(-1)
EOF
pass;
