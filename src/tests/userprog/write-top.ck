# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-top) begin
write-top: exit(-1)
EOF
pass;
