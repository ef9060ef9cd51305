# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(pt-grow-stack) begin
(pt-grow-stack) recurse 40 levels deep with 3500 bytes of locals each
(pt-grow-stack) every level kept its locals
(pt-grow-stack) end
pt-grow-stack: exit(0)
EOF
pass;
