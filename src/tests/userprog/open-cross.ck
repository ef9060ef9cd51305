# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-cross) begin
open-cross: exit(-1)
EOF
pass;
