# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-br) begin
exc-br: exit(-1)
EOF
pass;
