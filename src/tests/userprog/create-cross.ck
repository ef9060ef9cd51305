# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-cross) begin
create-cross: exit(-1)
EOF
pass;
