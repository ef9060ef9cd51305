# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-unmap) begin
create-unmap: exit(-1)
EOF
pass;
