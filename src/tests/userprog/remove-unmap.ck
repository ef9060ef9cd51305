# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(remove-unmap) begin
remove-unmap: exit(-1)
EOF
pass;
