# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-unmap) begin
open-unmap: exit(-1)
EOF
pass;
