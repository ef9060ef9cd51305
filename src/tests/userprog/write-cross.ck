# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-cross) begin
write-cross: exit(-1)
EOF
pass;
