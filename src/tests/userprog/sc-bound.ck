# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sc-bound) begin
sc-bound: exit(42)
EOF
pass;
