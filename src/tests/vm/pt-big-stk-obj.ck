# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(pt-big-stk-obj) begin
(pt-big-stk-obj) filled a 160 kB local object
(pt-big-stk-obj) it holds what was written
(pt-big-stk-obj) end
pt-big-stk-obj: exit(0)
EOF
pass;
