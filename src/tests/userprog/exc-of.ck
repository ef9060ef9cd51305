# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-of) begin
exc-of: exit(-1)
EOF
pass;
