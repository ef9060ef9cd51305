# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-icebp) begin
exc-icebp: exit(-1)
EOF
pass;
