# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(remove-null) begin
remove-null: exit(-1)
EOF
pass;
