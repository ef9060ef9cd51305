# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-unmap) begin
exec-unmap: exit(-1)
EOF
pass;
