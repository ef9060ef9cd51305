# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-unmap) begin
write-unmap: exit(-1)
EOF
pass;
