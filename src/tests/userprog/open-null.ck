# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-null) begin
open-null: exit(-1)
EOF
pass;
