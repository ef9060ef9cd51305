# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-null) begin
write-null: exit(-1)
EOF
pass;
